package dev.needledrop.discogs.feign.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.auth.RequestSignerProvider;
import dev.needledrop.discogs.auth.SignableRequest;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CredentialsStepTest {

  private static final String API = "https://api.discogs.com";

  private static CredentialsStep step(Credentials credentials, CredentialPlacement placement) {
    DiscogsConfig config =
        DiscogsConfig.builder("Tests/1.0")
            .baseUrl(API)
            .credentials(credentials)
            .credentialPlacement(placement)
            .build();
    return CredentialsStep.create(config, Optional::empty);
  }

  private static Request get(String url, Map<String, Collection<String>> headers) {
    return Request.create(Request.HttpMethod.GET, url, headers, null, StandardCharsets.UTF_8, null);
  }

  private static Request get(String url) {
    return get(url, Map.of());
  }

  private static Collection<String> authorization(Request request) {
    return request.headers().getOrDefault("Authorization", List.of());
  }

  @Nested
  class InTheHeader {

    @Test
    void sendsAPersonalToken() {
      Request sent =
          step(PersonalAccessToken.of("t0k{en}"), CredentialPlacement.HEADER)
              .prepare(get(API + "/releases/1"), 1);

      assertThat(authorization(sent)).containsExactly("Discogs token=t0k{en}");
      assertThat(sent.url()).isEqualTo(API + "/releases/1");
    }

    @Test
    void sendsTheKeyAndSecret() {
      Request sent =
          step(new ConsumerCredentials("k3y", "s3cret"), CredentialPlacement.HEADER)
              .prepare(get(API + "/releases/1"), 1);

      assertThat(authorization(sent)).containsExactly("Discogs key=k3y, secret=s3cret");
    }

    @Test
    void replacesAnAuthorizationSetBefore() {
      Request stale = get(API + "/x", Map.of("authorization", List.of("stale")));

      Request sent =
          step(PersonalAccessToken.of("fresh"), CredentialPlacement.HEADER).prepare(stale, 2);

      assertThat(sent.headers())
          .containsOnlyKeys("Authorization")
          .containsEntry("Authorization", List.of("Discogs token=fresh"));
    }
  }

  @Nested
  class InTheQuery {

    @Test
    void sendsAPersonalTokenEncodedAfterTheOwnQuery() {
      Request sent =
          step(PersonalAccessToken.of("a+b/c=d"), CredentialPlacement.QUERY)
              .prepare(get(API + "/users/x/wants?page=2"), 1);

      assertThat(authorization(sent)).isEmpty();
      assertThat(sent.url()).isEqualTo(API + "/users/x/wants?page=2&token=a%2Bb%2Fc%3Dd");
    }

    @Test
    void sendsTheKeyAndSecret() {
      Request sent =
          step(new ConsumerCredentials("k3y", "s&cret"), CredentialPlacement.QUERY)
              .prepare(get(API + "/database/search"), 1);

      assertThat(sent.url()).isEqualTo(API + "/database/search?key=k3y&secret=s%26cret");
    }
  }

  @Nested
  class OtherOrigins {

    @Test
    void sendNoCredentialAndKeepTheirOwnUrlAsGiven() {
      CredentialsStep token = step(PersonalAccessToken.of("t0ken"), CredentialPlacement.QUERY);
      Request carrying =
          get(
              "https://img.discogs.com/a.jpg?token=cdn-signed&size=big",
              Map.of("Authorization", List.of("Discogs token=old")));

      Request sent = token.prepare(carrying, 1);

      assertThat(sent.headers()).doesNotContainKey("Authorization");
      assertThat(sent.url()).isEqualTo("https://img.discogs.com/a.jpg?token=cdn-signed&size=big");
    }

    @Test
    void includeAnotherPortAndAnotherScheme() {
      CredentialsStep token = step(PersonalAccessToken.of("t0ken"), CredentialPlacement.HEADER);

      assertThat(authorization(token.prepare(get("https://api.discogs.com:8443/x"), 1))).isEmpty();
      assertThat(authorization(token.prepare(get("http://api.discogs.com/x"), 1))).isEmpty();
      assertThat(authorization(token.prepare(get("https://API.Discogs.com:443/x"), 1)))
          .containsExactly("Discogs token=t0ken");
    }
  }

  @Nested
  class OAuth {

    private final OAuthCredentials oauth =
        OAuthCredentials.of("ckey", "csecret", "otoken", "osecret");

    @Test
    void signsTheRequestAsSentWithItsFormParameters() {
      List<SignableRequest> signed = new ArrayList<>();
      RequestSignerProvider provider =
          credentials ->
              request -> {
                signed.add(request);
                return "OAuth signed-" + signed.size();
              };
      DiscogsConfig config = DiscogsConfig.builder("Tests/1.0").credentials(oauth).build();
      CredentialsStep step = CredentialsStep.create(config, () -> Optional.of(provider));
      Request form =
          Request.create(
              Request.HttpMethod.POST,
              API + "/oauth/x?a=1%202",
              Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
              "b=3+4&b=%C3%A9".getBytes(StandardCharsets.UTF_8),
              StandardCharsets.UTF_8,
              null);

      assertThat(authorization(step.prepare(form, 1))).containsExactly("OAuth signed-1");
      assertThat(authorization(step.prepare(form, 2))).containsExactly("OAuth signed-2");

      assertThat(signed.get(0).method()).isEqualTo("POST");
      assertThat(signed.get(0).url()).hasToString(API + "/oauth/x?a=1%202");
      assertThat(signed.get(0).formParameters())
          .containsExactly(Map.entry("b", List.of("3 4", "é")));
    }

    @Test
    void signsNoJsonBody() {
      List<SignableRequest> signed = new ArrayList<>();
      RequestSignerProvider provider =
          credentials ->
              request -> {
                signed.add(request);
                return "OAuth x";
              };
      DiscogsConfig config = DiscogsConfig.builder("Tests/1.0").credentials(oauth).build();
      Request json =
          Request.create(
              Request.HttpMethod.POST,
              API + "/users/u",
              Map.of("Content-Type", List.of("application/json")),
              "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
              StandardCharsets.UTF_8,
              null);

      CredentialsStep.create(config, () -> Optional.of(provider)).prepare(json, 1);

      assertThat(signed).singleElement().satisfies(r -> assertThat(r.formParameters()).isEmpty());
    }

    @Test
    void needsASignerNamingTheModuleAndNoSecret() {
      DiscogsConfig config = DiscogsConfig.builder("Tests/1.0").credentials(oauth).build();

      assertThatThrownBy(() -> CredentialsStep.create(config, Optional::empty))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("discogs-oauth")
          .message()
          .doesNotContain("ckey", "csecret", "otoken", "osecret");
    }
  }

  @Test
  void sendsNothingForAnonymousCalls() {
    Request sent =
        step(Credentials.none(), CredentialPlacement.QUERY).prepare(get(API + "/releases/1"), 1);

    assertThat(sent.headers()).doesNotContainKey("Authorization");
    assertThat(sent.url()).isEqualTo(API + "/releases/1");
  }

  @Test
  void showsNoSecretInToString() {
    assertThat(step(PersonalAccessToken.of("t0ken"), CredentialPlacement.HEADER).toString())
        .doesNotContain("t0ken");
  }
}

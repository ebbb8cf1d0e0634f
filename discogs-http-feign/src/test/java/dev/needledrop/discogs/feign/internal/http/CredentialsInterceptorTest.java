package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import feign.Request;
import feign.RequestTemplate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CredentialsInterceptorTest {

  private static RequestTemplate apply(Credentials credentials, CredentialPlacement placement) {
    RequestTemplate template =
        new RequestTemplate().method(Request.HttpMethod.GET).uri("/releases/1");
    new CredentialsInterceptor(credentials, placement).apply(template);
    return template;
  }

  @Nested
  class InTheHeader {

    @Test
    void sendsAPersonalToken() {
      RequestTemplate template =
          apply(PersonalAccessToken.of("t0k{en}"), CredentialPlacement.HEADER);

      assertThat(template.headers().get("Authorization")).containsExactly("Discogs token=t0k{en}");
      assertThat(template.queries()).isEmpty();
    }

    @Test
    void sendsTheKeyAndSecret() {
      RequestTemplate template =
          apply(new ConsumerCredentials("k3y", "s3cret"), CredentialPlacement.HEADER);

      assertThat(template.headers().get("Authorization"))
          .containsExactly("Discogs key=k3y, secret=s3cret");
      assertThat(template.queries()).isEmpty();
    }

    @Test
    void replacesAnAuthorizationSetBefore() {
      RequestTemplate template =
          new RequestTemplate()
              .method(Request.HttpMethod.GET)
              .uri("/x")
              .header("Authorization", "stale");

      new CredentialsInterceptor(PersonalAccessToken.of("fresh"), CredentialPlacement.HEADER)
          .apply(template);

      assertThat(template.headers().get("Authorization")).containsExactly("Discogs token=fresh");
    }
  }

  @Nested
  class InTheQuery {

    @Test
    void sendsAPersonalTokenEncoded() {
      RequestTemplate template =
          apply(PersonalAccessToken.of("a+b/c=d"), CredentialPlacement.QUERY);

      assertThat(template.headers()).doesNotContainKey("Authorization");
      assertThat(template.queryLine()).isEqualTo("?token=a%2Bb%2Fc%3Dd");
    }

    @Test
    void sendsTheKeyAndSecret() {
      RequestTemplate template =
          apply(new ConsumerCredentials("k3y", "s&cret"), CredentialPlacement.QUERY);

      assertThat(template.headers()).doesNotContainKey("Authorization");
      assertThat(template.queryLine()).isEqualTo("?key=k3y&secret=s%26cret");
    }
  }

  @Test
  void sendsNothingForAnonymousCalls() {
    RequestTemplate template = apply(Credentials.none(), CredentialPlacement.QUERY);

    assertThat(template.headers()).doesNotContainKey("Authorization");
    assertThat(template.queries()).isEmpty();
  }

  @Test
  void refusesOAuthNamingTheModuleAndNoSecret() {
    OAuthCredentials oauth = OAuthCredentials.of("ckey", "csecret", "otoken", "osecret");

    assertThatThrownBy(() -> new CredentialsInterceptor(oauth, CredentialPlacement.HEADER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("discogs-oauth")
        .message()
        .doesNotContain("ckey", "csecret", "otoken", "osecret");
  }
}

package dev.needledrop.discogs.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.RequestSigner;
import dev.needledrop.discogs.auth.RequestSignerProvider;
import dev.needledrop.discogs.auth.SignableRequest;
import dev.needledrop.discogs.oauth.internal.Parameter;
import dev.needledrop.discogs.oauth.internal.SignatureAlgorithms;
import dev.needledrop.discogs.oauth.internal.SignatureBaseString;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OAuthSignerTest {

  private static Clock fixedAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private static Map<String, String> signed(OAuthSigner signer, SignableRequest request) {
    return IndependentOAuthVerifier.parseHeader(signer.authorizationHeader(request));
  }

  /** Case B22: a signed collection call whose signature Discogs' own servers accept. */
  @Nested
  class CaseB22 {

    private static final OAuthCredentials CREDENTIALS =
        new OAuthCredentials(
            "example_consumer_key",
            "example_consumer_secret",
            "example_token",
            "example_token_secret",
            SignatureMethod.HMAC_SHA1);
    private static final URI URL =
        URI.create(
            "https://api.discogs.com/users/example_user/collection/folders/0/releases"
                + "?page=2&per_page=100&sort=added&sort_order=desc");
    private static final List<Parameter> OAUTH_WITHOUT_VERSION =
        List.of(
            new Parameter("oauth_consumer_key", "example_consumer_key"),
            new Parameter("oauth_token", "example_token"),
            new Parameter("oauth_signature_method", "HMAC-SHA1"),
            new Parameter("oauth_timestamp", "1700000000"),
            new Parameter("oauth_nonce", "4f3a9c1e7b2d4a60"));
    private static final String KEY = "example_consumer_secret&example_token_secret";

    private final OAuthSigner signer =
        OAuthSigner.builder(CREDENTIALS)
            .clock(fixedAt(1_700_000_000L))
            .nonceSource(() -> "4f3a9c1e7b2d4a60")
            .build();

    @Test
    void signsWithTheExpectedHmacSha1Signature() {
      Map<String, String> header = signed(signer, SignableRequest.of("GET", URL));

      assertThat(header)
          .containsEntry("oauth_signature", "fqvY0gECG5WN2+hNnySJGvHassI=")
          .containsEntry("oauth_version", "1.0")
          .containsEntry("oauth_timestamp", "1700000000")
          .containsEntry("oauth_nonce", "4f3a9c1e7b2d4a60");
    }

    @Test
    void wouldSignDifferentlyWithoutTheVersionParameter() {
      String baseString =
          SignatureBaseString.of(SignableRequest.of("GET", URL), OAUTH_WITHOUT_VERSION);

      assertThat(SignatureAlgorithms.hmacSha1(KEY, baseString))
          .isEqualTo("nfi+GvCmQxRh8SPD0NoFRJUaxiM=");
    }

    /**
     * The classic mistake: leaving the query in the base string URI and out of the parameter list.
     * Discogs rejects the result; RFC 5849 §3.4.1.2 says the base string URI has no query, and
     * §3.4.1.3.1 puts the query's parameters among the signed parameters.
     */
    @Test
    void doesNotLeaveTheQueryInTheBaseStringUri() {
      List<Parameter> oauth = new ArrayList<>(OAUTH_WITHOUT_VERSION);
      oauth.add(new Parameter("oauth_version", "1.0"));
      String mistaken = SignatureBaseString.of("GET", URL.toString(), oauth);

      assertThat(SignatureAlgorithms.hmacSha1(KEY, mistaken))
          .isEqualTo("kBWlfxT7Nw+/Ke86EWsjiIez4y0=");
      assertThat(signed(signer, SignableRequest.of("GET", URL)))
          .doesNotContainEntry("oauth_signature", "kBWlfxT7Nw+/Ke86EWsjiIez4y0=");
      assertThat(SignatureBaseString.baseUri(URL)).doesNotContain("?", "page");
    }
  }

  /** Case B21 kind: every header carries a current timestamp in seconds and a fresh nonce. */
  @Nested
  class Freshness {

    private final OAuthSigner signer =
        OAuthSigner.create(OAuthCredentials.of("key", "secret", "token", "token-secret"));
    private final SignableRequest request =
        SignableRequest.of(
            "GET",
            URI.create("https://api.discogs.com/users/example_user/wants?page=1&per_page=50"));

    @Test
    void stampsTheCurrentTimeInSecondsWithTenDigits() {
      Map<String, String> header = signed(signer, request);

      String timestamp = header.get("oauth_timestamp");
      assertThat(timestamp).matches("\\d{10}");
      Instant stamped = Instant.ofEpochSecond(Long.parseLong(timestamp));
      assertThat(Duration.between(stamped, Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void usesADifferentShortNonceOnEveryCall() {
      Set<String> nonces = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        nonces.add(signed(signer, request).get("oauth_nonce"));
      }

      assertThat(nonces).hasSize(200).allSatisfy(n -> assertThat(n).matches("[0-9a-f]{32}"));
    }

    @Test
    void refusesANonceSourceThatBreaksDiscogsLimit() {
      OAuthSigner tooLong =
          OAuthSigner.builder(OAuthCredentials.of("key", "secret", "token", "token-secret"))
              .nonceSource(() -> "n".repeat(65))
              .build();

      assertThatThrownBy(() -> tooLong.authorizationHeader(request))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("64");
    }
  }

  /** The header's shape, RFC 5849 §3.5.1. */
  @Nested
  class HeaderShape {

    private final OAuthSigner signer =
        OAuthSigner.builder(OAuthCredentials.of("key one", "secret", "tök", "token-secret"))
            .clock(fixedAt(1_712_345_678L))
            .nonceSource(() -> "abc")
            .build();

    @Test
    void writesQuotedPercentEncodedPairsSeparatedByCommas() {
      String header =
          signer.authorizationHeader(SignableRequest.of("GET", URI.create("https://h.example/")));

      assertThat(header)
          .isEqualTo(
              "OAuth oauth_consumer_key=\"key%20one\", oauth_token=\"t%C3%B6k\","
                  + " oauth_signature_method=\"PLAINTEXT\", oauth_timestamp=\"1712345678\","
                  + " oauth_nonce=\"abc\", oauth_version=\"1.0\","
                  + " oauth_signature=\"secret%26token-secret\"");
    }

    @Test
    void hidesTheCredentialsInToString() {
      assertThat(signer.toString()).doesNotContain("secret", "tök", "key one");
    }
  }

  /** Case B24 kind: a query with arbitrary Unicode, as sent percent-encoded. */
  @Nested
  class UnicodeParameters {

    private static final URI SEARCH =
        URI.create(
            "https://api.discogs.com/database/search"
                + "?q=Pr%C3%A9ludes%20%E2%80%93%20%E6%9D%B1%E4%BA%AC%20%26%20S%C3%B6hne"
                + "&type=release");

    @Test
    void encodesTheDecodedQueryValueOncePerRfc3986InTheBaseString() {
      List<Parameter> oauth = List.of(new Parameter("oauth_nonce", "n"));

      String baseString = SignatureBaseString.of(SignableRequest.of("GET", SEARCH), oauth);

      // The value is decoded to "Préludes – 東京 & Söhne", encoded once as a parameter, then
      // once more as part of the base string: hence %25 before every escape.
      assertThat(baseString)
          .isEqualTo(
              "GET&https%3A%2F%2Fapi.discogs.com%2Fdatabase%2Fsearch&oauth_nonce%3Dn%26q%3D"
                  + "Pr%25C3%25A9ludes%2520%25E2%2580%2593%2520%25E6%259D%25B1%25E4%25BA%25AC"
                  + "%2520%2526%2520S%25C3%25B6hne%26type%3Drelease");
    }

    // Derived once with Python's urllib.parse.quote(safe="-._~") for the base string and
    // `openssl dgst -sha1 -hmac 'needledrop_secret&tok_secret_456' -binary | base64` for the
    // signature, independently of this code.
    @Test
    void signsTheSearchWithTheIndependentlyComputedSignature() {
      OAuthSigner signer =
          OAuthSigner.builder(
                  new OAuthCredentials(
                      "needledrop_key",
                      "needledrop_secret",
                      "tok_123",
                      "tok_secret_456",
                      SignatureMethod.HMAC_SHA1))
              .clock(fixedAt(1_712_345_678L))
              .nonceSource(() -> "0123456789abcdef0123456789abcdef")
              .build();

      assertThat(signed(signer, SignableRequest.of("GET", SEARCH)))
          .containsEntry("oauth_signature", "I8aOJygEg3lQy1jbd26GsESEF4E=");
    }
  }

  /** Fixed vectors of our own, each derived outside this code as its comment says. */
  @Nested
  class OwnVectors {

    // Derived by hand: "&" -> %26, "=" -> %3D, "ö" -> UTF-8 C3 B6, " " -> %20, "/" -> %2F,
    // "+" -> %2B; checked with Python's urllib.parse.quote(safe="-._~").
    @Test
    void plaintextEncodesBothSecretsAndJoinsThemWithAnAmpersand() {
      OAuthSigner signer =
          OAuthSigner.create(OAuthCredentials.of("key", "s3cr3t&key=1", "token", "tök en/+"));

      assertThat(signed(signer, SignableRequest.of("GET", URI.create("https://h.example/x"))))
          .containsEntry("oauth_signature", "s3cr3t%26key%3D1&t%C3%B6k%20en%2F%2B")
          .containsEntry("oauth_signature_method", "PLAINTEXT");
    }

    // A lower-case method, a non-default port, repeated names and form parameters. Base string
    // from Python's urllib.parse.quote(safe="-._~"); signature from
    // `openssl dgst -sha1 -hmac 'needledrop_secret&tok_secret_456' -binary | base64`.
    @Test
    void hmacSha1SignsQueryAndFormParametersTogether() {
      Map<String, List<String>> form = new LinkedHashMap<>();
      form.put("c", List.of("x y", "ä"));
      form.put("a", List.of("0"));
      SignableRequest request =
          new SignableRequest("post", URI.create("http://127.0.0.1:8080/oauth/test?b=2&a=1"), form);
      OAuthSigner signer =
          OAuthSigner.builder(
                  new OAuthCredentials(
                      "needledrop_key",
                      "needledrop_secret",
                      "tok_123",
                      "tok_secret_456",
                      SignatureMethod.HMAC_SHA1))
              .clock(fixedAt(1_712_345_679L))
              .nonceSource(() -> "nonce-2")
              .build();

      assertThat(signed(signer, request))
          .containsEntry("oauth_signature", "a/lZrBb5yEBxrAJVDDbnSpvH6/E=");
    }
  }

  /** The RFC 5849 §1.2 example ("photos"), with the values the RFC publishes. */
  @Nested
  class Rfc5849PhotosExample {

    private static final String CONSUMER_SECRET = "kd94hf93k423kf44";

    @Test
    void signsTheTemporaryCredentialsRequestWithTheConsumerSecretAlone() {
      assertThat(SignatureAlgorithms.key(CONSUMER_SECRET, "")).isEqualTo("kd94hf93k423kf44&");
    }

    @Test
    void signsTheTokenRequestWithTheTemporaryCredentialsSecret() {
      assertThat(SignatureAlgorithms.key(CONSUMER_SECRET, "hdhd0244k9j7ao03"))
          .isEqualTo("kd94hf93k423kf44&hdhd0244k9j7ao03");
    }

    @Test
    void signsThePhotoRequestWithTheRfcsHmacSha1Signature() {
      SignableRequest request =
          SignableRequest.of(
              "GET",
              URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"));
      List<Parameter> oauth =
          List.of(
              new Parameter("oauth_consumer_key", "dpf43f3p2l4k3l03"),
              new Parameter("oauth_token", "nnch734d00sl2jdk"),
              new Parameter("oauth_signature_method", "HMAC-SHA1"),
              new Parameter("oauth_timestamp", "137131202"),
              new Parameter("oauth_nonce", "chapoH"));

      String baseString = SignatureBaseString.of(request, oauth);

      assertThat(baseString)
          .isEqualTo(
              "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg"
                  + "%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH"
                  + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202"
                  + "%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal");
      assertThat(SignatureAlgorithms.hmacSha1(CONSUMER_SECRET + "&pfkkdhi9sl3r4s00", baseString))
          .isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
    }
  }

  /** The service registration the Feign adapter relies on. */
  @Nested
  class ServiceRegistration {

    @Test
    void isFoundThroughTheCoreServiceLoader() {
      assertThat(RequestSignerProvider.installed()).get().isInstanceOf(OAuthSignerProvider.class);
    }

    @Test
    void handsOutSignersWhoseHeadersVerify() {
      OAuthCredentials credentials =
          new OAuthCredentials("k", "cs", "t", "ts", SignatureMethod.HMAC_SHA1);
      RequestSigner signer = RequestSignerProvider.forCredentials(credentials);
      URI url = URI.create("https://api.discogs.com/oauth/identity");

      String header = signer.authorizationHeader(SignableRequest.of("GET", url));

      assertThat(IndependentOAuthVerifier.verifies("GET", url, Map.of(), header, "cs", "ts"))
          .isTrue();
    }
  }
}

package dev.needledrop.discogs.testkit.internal.oauthserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.testkit.internal.http.QueryString;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The stub's own verifier on published values: RFC 5849's examples and case B22, so that it is
 * right on its own and not merely in agreement with the SDK's signer.
 */
class StubSignaturesTest {

  private static SignedRequest request(
      String method, String origin, String host, String pathAndQuery, String header) {
    return request(method, origin, host, pathAndQuery, header, "", "");
  }

  private static SignedRequest request(
      String method,
      String origin,
      String host,
      String pathAndQuery,
      String header,
      String contentType,
      String body) {
    URI target = URI.create(pathAndQuery);
    return SignedRequest.of(
        method,
        target.getRawPath(),
        QueryString.parse(target.getRawQuery()),
        Optional.of(host),
        Optional.of(header),
        contentType,
        body.getBytes(StandardCharsets.UTF_8),
        URI.create(origin));
  }

  /** RFC 5849 §3.4.1.1: the base string the RFC publishes, from query, form and header. */
  @Test
  void buildsTheRfcsBaseString() {
    SignedRequest signed =
        request(
            "POST",
            "http://example.com",
            "example.com:80",
            "/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
            "OAuth realm=\"Example\", oauth_consumer_key=\"9djdj82h48djs9d2\","
                + " oauth_token=\"kkk9d7dh3k39sjv7\", oauth_signature_method=\"HMAC-SHA1\","
                + " oauth_timestamp=\"137131201\", oauth_nonce=\"7d8f3e4a\","
                + " oauth_signature=\"bYT5CMsGcbgUdFHObYMEfcx6bsw%3D\"",
            "application/x-www-form-urlencoded",
            "c2&a3=2+q");

    assertThat(Signatures.baseString(signed))
        .isEqualTo(
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26"
                + "b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2"
                + "%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1"
                + "%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7");
  }

  /** RFC 5849 §1.2: the photo request and its published HMAC-SHA1 signature. */
  @Nested
  class RfcPhotosExample {

    private static final String HEADER =
        "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\","
            + " oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\","
            + " oauth_timestamp=\"137131202\", oauth_nonce=\"chapoH\","
            + " oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"";

    @Test
    void acceptsThePublishedSignature() {
      SignedRequest photo =
          request(
              "GET",
              "http://photos.example.net",
              "photos.example.net",
              "/photos?file=vacation.jpg&size=original",
              HEADER);

      assertThat(Signatures.verify(photo, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00")).isTrue();
    }

    @Test
    void refusesItForAnotherQueryAnotherSecretOrAnotherHost() {
      String path = "/photos?file=vacation.jpg&size=original";
      String net = "http://photos.example.net";

      assertThat(
              Signatures.verify(
                  request("GET", net, "photos.example.net", path + "x", HEADER),
                  "kd94hf93k423kf44",
                  "pfkkdhi9sl3r4s00"))
          .isFalse();
      assertThat(
              Signatures.verify(
                  request("GET", net, "photos.example.net", path, HEADER),
                  "kd94hf93k423kf44",
                  "another"))
          .isFalse();
      assertThat(
              Signatures.verify(
                  request("GET", net, "photos.example.org", path, HEADER),
                  "kd94hf93k423kf44",
                  "pfkkdhi9sl3r4s00"))
          .isFalse();
    }
  }

  /** Case B22, which Discogs itself accepts: its query belongs in the parameters. */
  @Test
  void acceptsCaseB22sSignature() {
    String header =
        "OAuth oauth_consumer_key=\"example_consumer_key\", oauth_token=\"example_token\","
            + " oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1700000000\","
            + " oauth_nonce=\"4f3a9c1e7b2d4a60\", oauth_version=\"1.0\","
            + " oauth_signature=\"fqvY0gECG5WN2%2BhNnySJGvHassI%3D\"";
    SignedRequest b22 =
        request(
            "GET",
            "https://api.discogs.com",
            "api.discogs.com",
            "/users/example_user/collection/folders/0/releases"
                + "?page=2&per_page=100&sort=added&sort_order=desc",
            header);

    assertThat(Signatures.verify(b22, "example_consumer_secret", "example_token_secret")).isTrue();
    assertThat(
            Signatures.verify(
                b22, "example_consumer_secret", "example_token_secret".replace('t', 'T')))
        .isFalse();
  }

  @Nested
  class Plaintext {

    private SignedRequest signedWith(String signature) {
      return request(
          "GET",
          "http://127.0.0.1:8080",
          "127.0.0.1:8080",
          "/oauth/identity",
          "OAuth oauth_consumer_key=\"k\", oauth_token=\"t\", oauth_signature_method=\"PLAINTEXT\","
              + " oauth_timestamp=\"1\", oauth_nonce=\"n\", oauth_signature=\""
              + signature
              + "\"");
    }

    @Test
    void readsTheAmpersandRawOrPercentEncoded() {
      assertThat(Signatures.verify(signedWith("c%2520s%26t%2520s"), "c s", "t s")).isTrue();
      assertThat(Signatures.verify(signedWith("cs&ts"), "cs", "ts")).isTrue();
      assertThat(Signatures.verify(signedWith("cs%26ts"), "cs", "ts")).isTrue();
    }

    @Test
    void refusesTheDocumentedFormWithoutTheTokenSecret() {
      assertThat(Signatures.verify(signedWith("cs%26"), "cs", "ts")).isFalse();
    }
  }

  @Test
  void refusesASignatureMethodItDoesNotKnow() {
    SignedRequest rsa =
        request(
            "GET",
            "http://127.0.0.1:8080",
            "127.0.0.1:8080",
            "/",
            "OAuth oauth_signature_method=\"RSA-SHA1\", oauth_signature=\"x\"");

    assertThatThrownBy(() -> Signatures.verify(rsa, "a", "b"))
        .isInstanceOf(OAuthRefusal.class)
        .hasMessageContaining("not supported");
  }

  @Test
  void refusesAHeaderThatRepeatsAParameter() {
    assertThatThrownBy(() -> OAuthHeader.parse("OAuth oauth_nonce=\"a\", oauth_nonce=\"b\""))
        .isInstanceOf(OAuthRefusal.class)
        .hasMessageContaining("repeats");
  }
}

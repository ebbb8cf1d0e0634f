package dev.needledrop.discogs.oauth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.auth.SignableRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignatureBaseStringTest {

  /**
   * RFC 5849 §3.4.1.1: the expected base string is the one the RFC publishes. The RFC does not
   * state the secrets behind its example signature (bYT5CMsGcbgUdFHObYMEfcx6bsw=), so only the base
   * string can be checked here; the photos example checks an HMAC-SHA1 signature.
   */
  @Nested
  class RfcBaseStringExample {

    @Test
    void buildsTheRfcsBaseStringFromQueryFormAndProtocolParameters() {
      Map<String, List<String>> form = new LinkedHashMap<>();
      form.put("c2", List.of(""));
      form.put("a3", List.of("2 q"));
      SignableRequest request =
          new SignableRequest(
              "POST",
              URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"),
              form);
      List<Parameter> oauth =
          List.of(
              new Parameter("oauth_consumer_key", "9djdj82h48djs9d2"),
              new Parameter("oauth_token", "kkk9d7dh3k39sjv7"),
              new Parameter("oauth_signature_method", "HMAC-SHA1"),
              new Parameter("oauth_timestamp", "137131201"),
              new Parameter("oauth_nonce", "7d8f3e4a"));

      assertThat(SignatureBaseString.of(request, oauth))
          .isEqualTo(
              "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26"
                  + "b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2"
                  + "%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1"
                  + "%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7");
    }
  }

  /** RFC 5849 §3.4.1.2 and its two examples. */
  @Nested
  class BaseUri {

    @Test
    void lowerCasesSchemeAndHostAndDropsTheDefaultPortAndQuery() {
      assertThat(SignatureBaseString.baseUri(URI.create("HTTP://EXAMPLE.COM:80/r%20v/X?id=123")))
          .isEqualTo("http://example.com/r%20v/X");
    }

    @Test
    void keepsAPortThatIsNotTheDefault() {
      assertThat(SignatureBaseString.baseUri(URI.create("https://www.example.net:8080/?q=1")))
          .isEqualTo("https://www.example.net:8080/");
    }

    @Test
    void dropsPort443ForHttpsAndAddsAnEmptyPath() {
      assertThat(SignatureBaseString.baseUri(URI.create("https://API.discogs.com:443")))
          .isEqualTo("https://api.discogs.com/");
    }
  }

  @Nested
  class QueryParameters {

    @Test
    void readsAPlusAsASpaceAndANameWithoutValueAsEmpty() {
      SignableRequest request =
          SignableRequest.of("GET", URI.create("https://h.example/p?flag&q=a+b&&"));

      assertThat(SignatureBaseString.of(request, List.of()))
          .isEqualTo("GET&https%3A%2F%2Fh.example%2Fp&flag%3D%26q%3Da%2520b");
    }
  }
}

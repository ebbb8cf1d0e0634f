package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The transport's last line of defence: whoever built a request, a header value holding CR, LF or
 * NUL never leaves, and the refusal names the header without echoing the value, which may be a
 * secret. (The sources of header values refuse them first: the configuration's User-Agent, every
 * credential type, and the SDK's own formatted values such as If-Modified-Since.)
 */
class HeaderInjectionTest {

  @ParameterizedTest(name = "{0} with character {1}")
  @CsvSource({
    "User-Agent, 13",
    "User-Agent, 10",
    "Authorization, 0",
    "Authorization, 10",
    "If-Modified-Since, 13",
    "Accept, 0"
  })
  void refusesAForgedHeaderValueBeforeSendingAnything(String header, int control) {
    String forged = "secret-value-77" + (char) control + "X-Injected: yes";
    try (CaseServer server = CaseServer.start();
        JdkHttpClient transport = JdkHttpClient.create(Duration.ofSeconds(2))) {
      server.enqueue(ScriptedResponse.ok("{}"));
      Request request =
          Request.create(
              Request.HttpMethod.GET,
              server.baseUrl() + "/releases/1",
              Map.of(header, List.of(forged)),
              null,
              StandardCharsets.UTF_8,
              null);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> transport.send(request, Duration.ofSeconds(2)))
          .withMessage(header + " must not contain line breaks, NUL or other control characters")
          .satisfies(
              refused ->
                  assertThat(refused.toString()).doesNotContain("secret-value-77", "Injected"));
      assertThat(server.requests()).isEmpty();
    }
  }
}

package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StubResponseTest {

  @Nested
  class Building {

    @Test
    void neverChangesAnAnswerAlreadyBuilt() {
      StubResponse plain = StubResponse.status(404);

      StubResponse richer = plain.header("X-Test", "1").body("text").delay(Duration.ofMillis(5));

      assertThat(plain.headers()).isEmpty();
      assertThat(plain.bodyBytes()).isEmpty();
      assertThat(richer.headers()).containsExactly(Map.entry("X-Test", "1"));
      assertThat(richer.delay()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void refusesAStatusOutsideHttp() {
      assertThatIllegalArgumentException().isThrownBy(() -> StubResponse.status(42));
    }
  }

  @Nested
  class FromCase {

    @Test
    void readsStatusHeadersAndAJsonBodyInDiscogsLayout() {
      StubResponse answer =
          StubResponse.ofCase(
              "{\"id\": \"B07\", \"response\": {\"status\": 404,"
                  + " \"headers\": {\"Content-Type\": \"application/json\"},"
                  + " \"body\": {\"message\": \"Release not found.\"}}}");

      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.headers()).containsExactly(Map.entry("Content-Type", "application/json"));
      assertThat(new String(answer.bodyBytes(), StandardCharsets.UTF_8))
          .isEqualTo("{\"message\": \"Release not found.\"}");
    }

    @Test
    void sendsATextBodyAsItIs() {
      StubResponse answer =
          StubResponse.ofCase(
              "{\"response\": {\"status\": 503, \"headers\": {}, \"body\": \"<html>down</html>\"}}");

      assertThat(new String(answer.bodyBytes(), StandardCharsets.UTF_8))
          .isEqualTo("<html>down</html>");
    }

    @Test
    void refusesTextThatIsNotACase() {
      assertThatIllegalArgumentException().isThrownBy(() -> StubResponse.ofCase("{\"x\": 1}"));
    }
  }
}

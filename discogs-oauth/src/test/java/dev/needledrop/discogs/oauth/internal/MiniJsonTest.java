package dev.needledrop.discogs.oauth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {

  @Test
  void readsTheIdentityShapeAndSkipsNullValues() {
    Map<String, Object> json =
        MiniJson.parseObject(
            "{ \"id\": 4242, \"username\": \"example_user\", \"consumer_name\": null,"
                + " \"resource_url\": \"https:\\/\\/api.discogs.com\\/users\\/example_user\" }");

    assertThat(json)
        .containsEntry("id", new BigDecimal("4242"))
        .containsEntry("username", "example_user")
        .containsEntry("resource_url", "https://api.discogs.com/users/example_user")
        .doesNotContainKey("consumer_name");
  }

  @Test
  void readsEscapesNestedValuesAndLiterals() {
    Map<String, Object> json =
        MiniJson.parseObject(
            "{\"text\": \"S\\u00f6hne \\\"\\u6771\\u4eac\\\"\\n\", \"list\": [1, -2.5e1, true],"
                + " \"nested\": {\"ok\": false}, \"empty\": {}, \"none\": []}");

    assertThat(json)
        .containsEntry("text", "Söhne \"東京\"\n")
        .containsEntry("list", List.of(BigDecimal.ONE, new BigDecimal("-2.5e1"), true))
        .containsEntry("nested", Map.of("ok", false))
        .containsEntry("empty", Map.of())
        .containsEntry("none", List.of());
  }

  @Test
  void refusesWhatIsNotOneJsonObject() {
    assertThatThrownBy(() -> MiniJson.parseObject("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiniJson.parseObject("{\"a\": 1} x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiniJson.parseObject("{\"a\": tru}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiniJson.parseObject("<html>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MiniJson.parseObject("{\"a\": \"open"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

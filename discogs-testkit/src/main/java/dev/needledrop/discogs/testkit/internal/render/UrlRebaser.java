package dev.needledrop.discogs.testkit.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points every API URL of a body at the stub: a text field holding {@code
 * https://api.discogs.com/...} (or the old {@code http://} form) becomes {@code <stub origin>/...},
 * so a client following {@code resource_url} or {@code versions_url} stays on the stub.
 */
final class UrlRebaser {

  private static final List<String> API_ORIGINS =
      List.of("https://api.discogs.com", "http://api.discogs.com");

  private UrlRebaser() {}

  static void rebase(JsonNode body, URI origin) {
    String target = origin.toString();
    JsonWalk.objects(body, object -> rebaseFields(object, target));
  }

  private static void rebaseFields(ObjectNode object, String target) {
    List<Map.Entry<String, String>> changes = new ArrayList<>();
    object
        .properties()
        .forEach(
            field -> {
              if (field.getValue().isTextual()) {
                rebased(field.getValue().asText(), target)
                    .ifPresent(url -> changes.add(Map.entry(field.getKey(), url)));
              }
            });
    changes.forEach(change -> object.put(change.getKey(), change.getValue()));
  }

  private static Optional<String> rebased(String text, String target) {
    for (String origin : API_ORIGINS) {
      if (text.startsWith(origin)) {
        String rest = text.substring(origin.length());
        if (rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?")) {
          return Optional.of(target + rest);
        }
      }
    }
    return Optional.empty();
  }
}

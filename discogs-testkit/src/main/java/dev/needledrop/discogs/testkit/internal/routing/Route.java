package dev.needledrop.discogs.testkit.internal.routing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One endpoint: a method, a path pattern such as {@code /releases/{release_id}/rating/{username}},
 * who may call it and what answers it. Variables whose name ends in {@code id} match digits only.
 */
public record Route(String method, String pattern, Access access, RouteHandler handler) {

  /** Returns the variables when the decoded path segments fit the pattern. */
  public Optional<Map<String, String>> match(List<String> segments) {
    List<String> parts = parts();
    if (parts.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> variables = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      if (!bind(parts.get(i), segments.get(i), variables)) {
        return Optional.empty();
      }
    }
    return Optional.of(variables);
  }

  private List<String> parts() {
    return Arrays.asList(pattern.substring(1).split("/", -1));
  }

  private static boolean bind(String part, String segment, Map<String, String> variables) {
    if (!part.startsWith("{")) {
      return part.equals(segment);
    }
    String name = part.substring(1, part.length() - 1);
    boolean numeric = name.endsWith("id");
    if (segment.isEmpty() || (numeric && !segment.matches("\\d{1,18}"))) {
      return false;
    }
    variables.put(name, segment);
    return true;
  }
}

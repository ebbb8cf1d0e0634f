package dev.needledrop.discogs.testkit.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** Visits every object of a JSON tree, outermost first. */
final class JsonWalk {

  private JsonWalk() {}

  static void objects(JsonNode node, Consumer<ObjectNode> visitor) {
    if (node instanceof ObjectNode object) {
      visitor.accept(object);
    }
    for (JsonNode child : node) {
      objects(child, visitor);
    }
  }
}

package dev.needledrop.discogs.testkit.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Trims a body to what the caller may see: anonymous callers get image URLs blanked to {@code ""}
 * (the images stay, with their sizes), and only a user gets the {@code user} part of item stats and
 * search {@code user_data}.
 */
final class CallerView {

  private static final List<String> IMAGE_URL_FIELDS = List.of("uri", "uri150", "resource_url");
  private static final List<String> THUMBNAIL_FIELDS = List.of("thumb", "cover_image");

  private CallerView() {}

  static void blankImages(JsonNode body) {
    JsonWalk.objects(body, CallerView::blankImageFields);
  }

  static void dropUserData(JsonNode body) {
    JsonWalk.objects(
        body,
        object -> {
          object.remove("user_data");
          if (object.path("stats") instanceof ObjectNode stats) {
            stats.remove("user");
          }
        });
  }

  private static void blankImageFields(ObjectNode object) {
    for (String field : THUMBNAIL_FIELDS) {
      if (object.path(field).isTextual()) {
        object.put(field, "");
      }
    }
    for (JsonNode image : object.path("images")) {
      if (image instanceof ObjectNode imageObject) {
        IMAGE_URL_FIELDS.forEach(field -> imageObject.put(field, ""));
      }
    }
  }
}

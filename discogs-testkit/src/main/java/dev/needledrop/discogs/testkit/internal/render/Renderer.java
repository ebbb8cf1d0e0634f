package dev.needledrop.discogs.testkit.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.MediaFlavour;
import java.net.URI;
import java.util.List;

/**
 * Turns an endpoint's JSON into what Discogs would send this caller: API URLs rooted at the stub,
 * image URLs blanked for anonymous callers, user-only parts kept for users alone, and the free text
 * fields rendered in the flavour asked for. Changes the body in place; thread-safe.
 */
public final class Renderer {

  private static final List<String> FREE_TEXT_FIELDS = List.of("profile", "notes", "contact_info");

  private final URI origin;
  private final Markup markup;

  /** Creates a renderer for a stub at the given origin, resolving markup links with the lookup. */
  public Renderer(URI origin, NameLookup names) {
    this.origin = origin;
    this.markup = new Markup(names);
  }

  /** Renders the body for the caller and flavour. */
  public void render(JsonNode body, Caller caller, MediaFlavour flavour) {
    UrlRebaser.rebase(body, origin);
    if (caller.isAnonymous()) {
      CallerView.blankImages(body);
    }
    if (!caller.isUser()) {
      CallerView.dropUserData(body);
    }
    if (body instanceof ObjectNode object) {
      renderFreeText(object, flavour);
    }
  }

  private void renderFreeText(ObjectNode object, MediaFlavour flavour) {
    for (String field : FREE_TEXT_FIELDS) {
      if (object.path(field).isTextual()) {
        object.put(field, markup.render(object.path(field).asText(), flavour));
      }
    }
  }
}

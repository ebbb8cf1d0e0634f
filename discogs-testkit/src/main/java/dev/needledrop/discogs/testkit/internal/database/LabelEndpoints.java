package dev.needledrop.discogs.testkit.internal.database;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import java.util.List;

/** Answers a label and its catalogue (E16, E17), which Discogs does not sort. */
final class LabelEndpoints {

  private final CatalogueStore catalogue;

  LabelEndpoints(CatalogueStore catalogue) {
    this.catalogue = catalogue;
  }

  StubReply label(StubRequest request) {
    return StubReply.ok(
        catalogue
            .label(request.id("label_id"))
            .orElseThrow(() -> ApiError.notFound(NotFound.LABEL)));
  }

  StubReply releases(StubRequest request) {
    long id = request.id("label_id");
    List<ObjectNode> entries =
        catalogue
            .labelReleases(id)
            .or(() -> catalogue.label(id).map(label -> List.<ObjectNode>of()))
            .orElseThrow(() -> ApiError.notFound(NotFound.LABEL));
    return Pager.reply(request, entries, "releases");
  }
}

package dev.needledrop.discogs.testkit.internal.database;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.listing.ArtistReleaseKeys;
import dev.needledrop.discogs.testkit.internal.listing.Listings;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import java.util.List;

/**
 * Answers an artist and their discography, sorted as asked (E14, E15). A discography is served when
 * the artist is held or entries were added for it.
 */
final class ArtistEndpoints {

  private final CatalogueStore catalogue;

  ArtistEndpoints(CatalogueStore catalogue) {
    this.catalogue = catalogue;
  }

  StubReply artist(StubRequest request) {
    return StubReply.ok(
        catalogue
            .artist(request.id("artist_id"))
            .orElseThrow(() -> ApiError.notFound(NotFound.ARTIST)));
  }

  StubReply releases(StubRequest request) {
    long id = request.id("artist_id");
    List<ObjectNode> entries =
        catalogue
            .artistReleases(id)
            .or(() -> catalogue.artist(id).map(artist -> List.<ObjectNode>of()))
            .orElseThrow(() -> ApiError.notFound(NotFound.ARTIST));
    List<ObjectNode> sorted =
        Listings.sortArtistReleases(
            entries, ArtistEndpoints::keys, SortParameters.read(request, ArtistReleaseSort.class));
    return Pager.reply(request, sorted, "releases");
  }

  private static ArtistReleaseKeys keys(ObjectNode entry) {
    return new ArtistReleaseKeys(
        entry.path("year").asInt(0), StubJson.text(entry, "title"), StubJson.text(entry, "format"));
  }
}

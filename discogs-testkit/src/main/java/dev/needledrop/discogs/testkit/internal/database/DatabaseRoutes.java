package dev.needledrop.discogs.testkit.internal.database;

import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.catalogue.StatsShape;
import dev.needledrop.discogs.testkit.internal.routing.Access;
import dev.needledrop.discogs.testkit.internal.routing.Router;

/** Registers the Database section of the API (E6–E18) on a router. */
public final class DatabaseRoutes {

  private static final String USER_RATING = "/releases/{release_id}/rating/{username}";

  private DatabaseRoutes() {}

  /** Adds every database route, answering from the catalogue. */
  public static void register(Router router, CatalogueStore catalogue, StatsShape shape) {
    ReleaseEndpoints releases = new ReleaseEndpoints(catalogue, shape);
    RatingEndpoints ratings = new RatingEndpoints(catalogue);
    MasterEndpoints masters = new MasterEndpoints(catalogue);
    ArtistEndpoints artists = new ArtistEndpoints(catalogue);
    LabelEndpoints labels = new LabelEndpoints(catalogue);
    SearchEndpoint search = new SearchEndpoint(catalogue);
    router
        .add("GET", "/releases/{release_id}", Access.NONE, releases::release)
        .add("GET", "/releases/{release_id}/rating", Access.NONE, releases::communityRating)
        .add("GET", USER_RATING, Access.NONE, ratings::read)
        .add("PUT", USER_RATING, Access.OWNER, ratings::rate)
        .add("DELETE", USER_RATING, Access.OWNER, ratings::delete)
        .add("GET", "/releases/{release_id}/stats", Access.NONE, releases::stats)
        .add("GET", "/masters/{master_id}", Access.NONE, masters::master)
        .add("GET", "/masters/{master_id}/versions", Access.NONE, masters::versions)
        .add("GET", "/artists/{artist_id}", Access.NONE, artists::artist)
        .add("GET", "/artists/{artist_id}/releases", Access.NONE, artists::releases)
        .add("GET", "/labels/{label_id}", Access.NONE, labels::label)
        .add("GET", "/labels/{label_id}/releases", Access.NONE, labels::releases)
        .add("GET", "/database/search", Access.ANY, search::search);
  }
}

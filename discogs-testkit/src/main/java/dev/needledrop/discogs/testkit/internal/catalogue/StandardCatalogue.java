package dev.needledrop.discogs.testkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * The responses recorded from Discogs that seed a stub's standard catalogue, and the loader that
 * puts them in.
 *
 * <p>The files are listed here rather than discovered, because a classpath directory cannot be
 * listed inside a jar. Listing files name their owner's id in the file name; the legacy label
 * catalogue {@code label-releases-legacy-buntine.json} is left out because its label id was not
 * recorded.
 */
public final class StandardCatalogue {

  /** Where the fixtures live on the classpath. */
  public static final String ROOT = "dev/needledrop/discogs/testkit/fixtures/";

  static final List<String> RELEASES =
      List.of(
          "release/release-1-stockholm-2014.json",
          "release/release-2281630-splazsh-legacy-http-urls.json",
          "release/release-249504-never-gonna-give-you-up.json",
          "release/release-6895819-split-two-artists.json",
          "release/release-8138518-elephant-riddim.json",
          "release/release-9536040-satie-complete-edition-149-entries-index-subtracks.json",
          "release/release-9680548-royal-scam-missing-optional-fields.json");

  static final List<String> MASTERS =
      List.of(
          "master/master-33687-apotheosis-o-fortuna-2014.json",
          "master/master-52086-dream-theater-images-and-words.json",
          "master/master-666-1349-hellfire.json",
          "master/master-718441-eminem-infinite.json",
          "master/master-9800-legacy-http-urls.json");

  static final List<String> ARTISTS =
      List.of(
          "artist/artist-23755-miles-davis.json",
          "artist/artist-260935-dream-theater.json",
          "artist/artist-313929-cirith-ungol-legacy.json",
          "artist/artist-38661-eminem.json",
          "artist/artist-45-aphex-twin-2014.json");

  // The 2014 recording of label 1 comes first so that the current one replaces it.
  static final List<String> LABELS =
      List.of(
          "label/label-1-planet-e-2014.json",
          "label/label-1-planet-e.json",
          "label/label-1000-warner-bros-legacy.json",
          "label/label-3456-real-right-recordings.json");

  static final List<Owned> ARTIST_RELEASES =
      List.of(
          new Owned(1, "artist-releases/artist-1-releases-page1.json"),
          new Owned(1, "artist-releases/artist-1-releases-sort-title-asc-per_page1.json"),
          new Owned(260935, "artist-releases/artist-260935-releases-sort-year-desc-trimmed.json"),
          new Owned(313929, "artist-releases/artist-313929-releases-legacy.json"),
          new Owned(45, "artist-releases/artist-45-releases-page1-2014.json"));

  static final List<Owned> LABEL_RELEASES =
      List.of(
          new Owned(1, "label-releases/label-1-releases-per_page2-2014.json"),
          new Owned(3456, "label-releases/label-3456-releases.json"));

  static final List<Owned> MASTER_VERSIONS =
      List.of(
          new Owned(33687, "master-versions/master-33687-versions-per_page4-page2-2014.json"),
          new Owned(52086, "master-versions/master-52086-versions-page1-trimmed.json"),
          new Owned(666, "master-versions/master-666-versions-page1-per_page1-with-filters.json"),
          new Owned(9800, "master-versions/master-9800-versions-legacy.json"));

  static final List<String> SEARCH_PAGES =
      List.of(
          "search/docs-search-nirvana-example.json",
          "search/search-babymetal-metal-galaxy-master-and-release.json",
          "search/search-moonblood-4-releases-legacy.json",
          "search/search-q-demi-lovato-title-sorry-not-sorry.json",
          "search/search-q-prodigy-type-release-page1-2014.json",
          "search/search-type-release-page1-50-results.json");

  static final String COMMUNITY_RATING = "community-rating/release-249504-community-rating.json";
  static final String USER_RATING = "user-rating/release-249504-rating-by-user-get.json";
  static final String STATS_OBSERVED = "release-stats/release-249504-stats-current.json";
  static final String STATS_DOCUMENTED = "release-stats/docs-release-stats-example.json";
  static final long STATS_RELEASE = 249504;

  /** A listing file and the id of the object it belongs to. */
  record Owned(long ownerId, String file) {}

  private StandardCatalogue() {}

  /** Puts every standard fixture into the catalogue. */
  public static void load(CatalogueStore catalogue) {
    RELEASES.forEach(file -> catalogue.putRelease(read(file)));
    MASTERS.forEach(file -> catalogue.putMaster(read(file)));
    ARTISTS.forEach(file -> catalogue.putArtist(read(file)));
    LABELS.forEach(file -> catalogue.putLabel(read(file)));
    ARTIST_RELEASES.forEach(
        owned ->
            items(owned, "releases")
                .forEach(item -> catalogue.addArtistRelease(owned.ownerId(), item)));
    LABEL_RELEASES.forEach(
        owned ->
            items(owned, "releases")
                .forEach(item -> catalogue.addLabelRelease(owned.ownerId(), item)));
    MASTER_VERSIONS.forEach(
        owned ->
            items(owned, "versions")
                .forEach(item -> catalogue.addMasterVersion(owned.ownerId(), item)));
    SEARCH_PAGES.forEach(
        file -> StubJson.objects(read(file), "results").forEach(catalogue::addSearchResult));
    loadRatingsAndStats(catalogue);
  }

  /** Returns every file this catalogue reads, relative to {@link #ROOT}. */
  public static List<String> files() {
    List<String> lists =
        Stream.of(ARTIST_RELEASES, LABEL_RELEASES, MASTER_VERSIONS)
            .flatMap(List::stream)
            .map(Owned::file)
            .toList();
    return Stream.of(
            RELEASES,
            MASTERS,
            ARTISTS,
            LABELS,
            lists,
            SEARCH_PAGES,
            List.of(COMMUNITY_RATING, USER_RATING, STATS_OBSERVED, STATS_DOCUMENTED))
        .flatMap(List::stream)
        .toList();
  }

  private static void loadRatingsAndStats(CatalogueStore catalogue) {
    ObjectNode community = StubJson.requireObject(read(COMMUNITY_RATING));
    catalogue.putCommunityRating(StubJson.id(community, "release_id"), community);
    JsonNode rating = read(USER_RATING);
    catalogue.putUserRating(
        StubJson.id(rating, "release_id"),
        StubJson.text(rating, "username"),
        rating.path("rating").asInt());
    catalogue.putReleaseStats(STATS_RELEASE, StatsShape.OBSERVED, read(STATS_OBSERVED));
    catalogue.putReleaseStats(STATS_RELEASE, StatsShape.DOCUMENTED, read(STATS_DOCUMENTED));
  }

  private static List<ObjectNode> items(Owned owned, String key) {
    return StubJson.objects(read(owned.file()), key);
  }

  /** Reads one fixture from the classpath. */
  public static JsonNode read(String file) {
    InputStream in = StandardCatalogue.class.getClassLoader().getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IllegalStateException("fixture missing from the classpath: " + ROOT + file);
    }
    return StubJson.read(in);
  }
}

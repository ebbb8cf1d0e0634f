package dev.needledrop.discogs.testkit.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StandardCatalogueTest {

  private static final List<String> DATABASE_CATEGORIES =
      List.of(
          "release",
          "master",
          "master-versions",
          "artist",
          "artist-releases",
          "label",
          "label-releases",
          "community-rating",
          "user-rating",
          "release-stats",
          "search");

  /** Recorded database responses that describe no state to serve. */
  private static final List<String> LEFT_OUT =
      List.of(
          // The label id was not recorded, so the catalogue has no owner.
          "label-releases/label-releases-legacy-buntine.json",
          // The answer to a write, not a rating held before it.
          "user-rating/release-249504-rating-by-user-put.json");

  @Test
  void loadsEveryDatabaseFixtureThatDescribesState() throws Exception {
    List<String> onDisk = databaseFixtures();

    assertThat(StandardCatalogue.files())
        .containsExactlyInAnyOrderElementsOf(
            onDisk.stream().filter(file -> !LEFT_OUT.contains(file)).toList());
  }

  @Test
  void holdsTheRecordedObjectsOnceLoaded() {
    CatalogueStore store = new CatalogueStore();

    StandardCatalogue.load(store);

    assertThat(store.releases()).hasSize(7);
    assertThat(store.masters()).hasSize(5);
    assertThat(store.artists()).hasSize(5);
    assertThat(store.labels()).hasSize(3);
    // Label 1 was recorded twice; the current recording replaces the one from 2014.
    assertThat(store.label(1).orElseThrow().has("releases_url")).isTrue();
    assertThat(store.label(1).orElseThrow().path("name").asText()).isEqualTo("Planet E");
    assertThat(store.masterVersions(666)).isPresent();
    assertThat(store.recordedSearchResults()).isNotEmpty();
  }

  private static List<String> databaseFixtures() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            StandardCatalogueTest.class
                .getClassLoader()
                .getResource(StandardCatalogue.ROOT)
                .toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(file -> file.contains("/"))
          .filter(file -> DATABASE_CATEGORIES.contains(file.substring(0, file.indexOf('/'))))
          .toList();
    }
  }
}

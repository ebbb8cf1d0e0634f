package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.MasterVersionSort;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.data.TestArtistReleases;
import dev.needledrop.discogs.testkit.data.TestArtists;
import dev.needledrop.discogs.testkit.data.TestMasterVersions;
import dev.needledrop.discogs.testkit.data.TestMasters;
import dev.needledrop.discogs.testkit.data.TestParts;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.fake.InMemoryDatabase;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueWriter;
import dev.needledrop.discogs.testkit.internal.catalogue.EntryWriter;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checks that the stub and the in-memory fake answer the same seeds alike: what the stub sends is
 * what the fake returns, written as Discogs JSON. A faithful HTTP adapter over the stub then passes
 * the contract suite wherever the fake does.
 */
class StubFakeParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final StubDiscogsServerExtension stub =
      StubDiscogsServerExtension.create(builder -> builder.standardCatalogue(false));

  private final InMemoryDatabase fake = InMemoryDatabase.create();
  private final StubClient client = new StubClient(stub.baseUrl());

  @Nested
  class Lookups {

    @Test
    void sendsAReleaseAsTheFakeReturnsIt() {
      Release release = richRelease(610001);
      seedBoth(seeder -> seeder.putRelease(release));

      JsonNode sent = client.get("/releases/610001").token(USER_TOKEN).json();

      assertThat(sent).isEqualTo(discogs(CatalogueWriter.release(fake.release(release.id()))));
    }

    @Test
    void withholdsTheSameImageUrlsFromAnonymousCallers() {
      Release release = richRelease(610002);
      seedBoth(seeder -> seeder.putRelease(release));

      JsonNode sent = client.get("/releases/610002").json();

      Release anonymous = fake.asAnonymous().release(release.id());
      assertThat(sent).isEqualTo(discogs(CatalogueWriter.release(anonymous)));
    }

    @Test
    void sendsMastersAndArtistsAsTheFakeReturnsThem() {
      var master =
          TestMasters.master(610003)
              .images(TestParts.primaryImage("https://i.discogs.com/m.jpeg"))
              .forSale(2, "4.88", Currency.USD)
              .build();
      var artist = TestArtists.artist(610004).nameVariations("Variant").build();
      seedBoth(
          seeder -> {
            seeder.putMaster(master);
            seeder.putArtist(artist);
          });

      assertThat(client.get("/masters/610003").token(USER_TOKEN).json())
          .isEqualTo(discogs(CatalogueWriter.master(fake.master(master.id()))));
      assertThat(client.get("/artists/610004").token(USER_TOKEN).json())
          .isEqualTo(discogs(CatalogueWriter.artist(fake.artist(artist.id()))));
    }
  }

  @Nested
  class Listings {

    @Test
    void sendsTheSamePageOfSortedDiscography() {
      ArtistId artist = ArtistId.of(610010);
      seedBoth(
          seeder -> {
            seeder.putArtist(TestArtists.artist(artist.value()).build());
            for (int i = 0; i < 7; i++) {
              seeder.addArtistRelease(
                  artist,
                  TestArtistReleases.release(610011 + i)
                      .year(2000 - i % 3)
                      .title("T" + (7 - i))
                      .build());
            }
          });

      JsonNode sent =
          client
              .get("/artists/610010/releases?sort=year&sort_order=desc&page=2" + "&per_page=3")
              .token(USER_TOKEN)
              .json();
      Page<ArtistRelease> page =
          fake.artistReleases(
              artist, Optional.of(Sort.descending(ArtistReleaseSort.YEAR)), PageRequest.of(2, 3));

      assertThat(sent.path("releases")).isEqualTo(entries(page, EntryWriter::artistRelease));
      assertPagination(sent, page);
    }

    @Test
    void sendsTheSameFilteredVersions() {
      MasterId master = MasterId.of(610020);
      seedBoth(
          seeder -> {
            seeder.putMaster(TestMasters.master(master.value()).build());
            seeder.addMasterVersion(
                master, TestMasterVersions.version(610021).country("UK").build());
            seeder.addMasterVersion(
                master, TestMasterVersions.version(610022).format("CD", "Album").build());
            seeder.addMasterVersion(
                master, TestMasterVersions.version(610023).country("US").build());
          });

      JsonNode sent = client.get("/masters/610020/versions?format=Vinyl&sort=country").json();
      Page<MasterVersion> page =
          fake.asAnonymous()
              .masterVersions(
                  master,
                  MasterVersionsQuery.all()
                      .withFormat("Vinyl")
                      .sortedBy(Sort.ascending(MasterVersionSort.COUNTRY)),
                  PageRequest.first());

      assertThat(sent.path("versions")).isEqualTo(entries(page, EntryWriter::masterVersion));
      assertPagination(sent, page);
    }
  }

  private void seedBoth(Consumer<DatabaseSeeder> seeding) {
    seeding.accept(stub.catalogue());
    seeding.accept(fake);
  }

  private static Release richRelease(long id) {
    return TestReleases.release(id)
        .images(TestParts.primaryImage("https://i.discogs.com/" + id + ".jpeg"))
        .identifiers(TestParts.barcode("123"))
        .master(id + 100)
        .forSale(2, "12.50", Currency.USD)
        .notes("Plain [b]notes[/b].")
        .build();
  }

  private static <T> ArrayNode entries(Page<T> page, Function<T, ObjectNode> writer) {
    ArrayNode items = StubJson.array();
    page.items().forEach(item -> items.add(writer.apply(item)));
    return (ArrayNode) discogs(items);
  }

  private static void assertPagination(JsonNode sent, Page<?> page) {
    JsonNode pagination = sent.path("pagination");
    assertThat(pagination.path("page").asInt()).isEqualTo(page.pagination().page());
    assertThat(pagination.path("pages").asInt()).isEqualTo(page.pagination().pages());
    assertThat(pagination.path("per_page").asInt()).isEqualTo(page.pagination().perPage());
    assertThat(pagination.path("items").asInt()).isEqualTo(page.pagination().items());
  }

  /** Returns the JSON as a client reads it from the stub: API URLs rooted at the stub. */
  private static JsonNode discogs(JsonNode written) {
    String text =
        StubJson.toText(written).replace("https://api.discogs.com", stub.baseUrl().toString());
    try {
      return JSON.readTree(text);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}

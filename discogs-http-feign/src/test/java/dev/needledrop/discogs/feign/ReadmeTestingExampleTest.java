package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.fake.InMemoryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The test of the root README's "Testing your code", as an application would write it: if this
 * stops compiling or passing, the README needs the same change.
 */
class ReadmeTestingExampleTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  @Test
  void readsAndSearchesOverHttp() {
    DiscogsConfig config =
        DiscogsConfig.builder("MyCollectionApp/1.0 +https://example.com")
            .baseUrl(stub.baseUrl())
            .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
            .build();

    try (Discogs discogs = FeignDiscogs.create(config)) {
      assertThat(discogs.database().release(ReleaseId.of(249504)).title())
          .isEqualTo("Never Gonna Give You Up");
      assertThat(
              discogs
                  .database()
                  .search(SearchQuery.builder().query("nevermind").build(), PageRequest.first())
                  .items())
          .isNotEmpty();
    }
  }

  @Test
  void runsWithoutHttpOnTheInMemoryFake() {
    InMemoryDatabase database = InMemoryDatabase.create();
    database.putRelease(TestReleases.release(1).title("Test Pressing").build());

    assertThat(database.release(ReleaseId.of(1)).title()).isEqualTo("Test Pressing");
  }
}

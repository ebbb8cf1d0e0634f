package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.RecordedRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code discogs collection}, against the stub's recorded collection of example_user. */
class CollectionCommandTest {

  @Nested
  class Table {

    @Test
    void listsTheFirstPageOfTheTokensUsersWholeCollection() {
      Cli.Result result = Cli.run("--stub", "collection");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.outLines().get(0))
          .matches("INSTANCE +RELEASE +ARTIST +TITLE +YEAR +FORMAT +RATING +ADDED");
      assertThat(result.outLines().get(1))
          .matches(
              "1880275113 +29294428 +Mike \\(408\\) +Burning Desire +2023 +Vinyl LP, Album, Li.*"
                  + " +2024-12-30");
      assertThat(result.outLines()).hasSize(42).last().isEqualTo("page 1 of 1 (40 copies)");
    }

    @Test
    void listsOneFolderSortedAsAsked() {
      Cli.Result result =
          Cli.run(
              "--stub", "collection", "--folder", "688739", "--sort", "added", "--order", "desc");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines())
          .hasSize(4)
          .satisfies(lines -> assertThat(lines.get(1)).startsWith("181301442 "))
          .satisfies(lines -> assertThat(lines.get(1)).contains("The Zombies", "4/5", "2016-07-27"))
          .satisfies(lines -> assertThat(lines.get(2)).startsWith("148842233 "))
          .last()
          .isEqualTo("page 1 of 1 (2 copies)");
    }

    @Test
    void showsTheRequestedPageOfAnotherUsersCollection() {
      Cli.Result empty = Cli.run("--stub", "collection", "other_user");
      Cli.Result paged =
          Cli.run("--stub", "collection", "example_user", "--per-page", "15", "--page", "3");

      assertThat(empty.outLines())
          .containsExactly("No copies in this folder.", "page 1 of 1 (0 copies)");
      assertThat(paged.outLines()).hasSize(12).last().isEqualTo("page 3 of 3 (40 copies)");
    }

    @Test
    void printsThePageAsDiscogsSentIt() throws Exception {
      Cli.Result result = Cli.run("--stub", "--json", "collection", "--per-page", "2");

      JsonNode page = new ObjectMapper().readTree(result.out());
      assertThat(result.exitCode()).isZero();
      assertThat(page.path("pagination").path("items").asInt()).isEqualTo(40);
      assertThat(page.path("releases")).hasSize(2);
    }
  }

  @Nested
  class Failures {

    private StubDiscogsServer server;

    @BeforeEach
    void start() {
      server = StubDiscogsServer.start();
    }

    @AfterEach
    void stop() {
      server.close();
    }

    @Test
    void needsATokenToKnowWhoseCollection() {
      Cli.Result result = Cli.run("--base-url", server.baseUrl().toString(), "collection");

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.err())
          .startsWith("discogs: your collection needs credentials: set DISCOGS_TOKEN")
          .contains("or run 'discogs login'", "identity needs a user's credentials");
    }

    @Test
    void reportsAnotherUsersPrivateCollectionAsNotAllowed() {
      server.userData().setCollectionPublic(Username.of("other_user"), false);

      Cli.Result result =
          Cli.run(
              Cli.tokenEnvironment(),
              "--base-url",
              server.baseUrl().toString(),
              "collection",
              "other_user");

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.err())
          .startsWith("discogs: other_user's collection is not allowed")
          .contains("authenticate as the owner");
    }

    @Test
    void refusesABadFolderOrPageAsAUsageError() {
      assertThat(Cli.run("--stub", "collection", "--folder", "-1").exitCode())
          .isEqualTo(ExitCode.USAGE);
      assertThat(Cli.run("--stub", "collection", "--per-page", "101").exitCode())
          .isEqualTo(ExitCode.USAGE);
      assertThat(Cli.run("--stub", "collection", "--sort", "colour").exitCode())
          .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void asksForTheIdentityOnlyWhenNoUserIsNamed() {
      Map<String, String> token = Cli.tokenEnvironment();
      String base = server.baseUrl().toString();

      Cli.run(token, "--base-url", base, "collection", "example_user");
      assertThat(server.requests())
          .extracting(RecordedRequest::path)
          .containsExactly("/users/example_user/collection/folders/0/releases");

      server.clearRequests();
      Cli.run(token, "--base-url", base, "collection");
      assertThat(server.requests())
          .extracting(RecordedRequest::path)
          .containsExactly("/oauth/identity", "/users/example_user/collection/folders/0/releases");
    }
  }
}

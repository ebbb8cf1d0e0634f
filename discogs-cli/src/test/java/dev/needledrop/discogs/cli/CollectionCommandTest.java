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
    void saysAPagePastTheEndIsPastTheEnd() {
      Cli.Result result = Cli.run("--stub", "collection", "--page", "99");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines())
          .containsExactly("page 99 is past the end: the folder has 1 page (40 copies)");
    }

    @Test
    void takesSortKeysAndOrdersInAnyCase() {
      Cli.Result result =
          Cli.run(
              "--stub", "collection", "--folder", "688739", "--sort", "ADDED", "--order", "Desc");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines().get(1)).startsWith("181301442 ");
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
  class Folders {

    @Test
    void listsTheFoldersWithTheirIdsAndCounts() {
      Cli.Result result = Cli.run("--stub", "collection", "folders");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.outLines())
          .containsExactly(
              "ID      NAME           COPIES",
              "0       All            40",
              "1       Uncategorized  38",
              "232842  My New Folder  0",
              "688739  Sessions       2",
              "4 folders in example_user's collection");
    }

    @Test
    void showsOthersOnlyTheirPublicFolderZero() {
      Cli.Result result = Cli.run("--stub", "collection", "folders", "other_user");

      assertThat(result.outLines()).hasSize(3).contains("1 folder in other_user's collection");
    }

    @Test
    void printsTheFoldersAsDiscogsSentThem() throws Exception {
      Cli.Result result = Cli.run("--stub", "--json", "collection", "folders");

      JsonNode folders = new ObjectMapper().readTree(result.out()).path("folders");
      assertThat(folders).hasSize(4);
      assertThat(folders.get(3).path("name").asText()).isEqualTo("Sessions");
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
    void wordsPageErrorsForTheCommandLine() {
      Cli.Result perPage = Cli.run("--stub", "collection", "--per-page", "0");
      Cli.Result page = Cli.run("--stub", "collection", "--page", "0");

      assertThat(perPage.errLines())
          .containsExactly(
              "discogs: --per-page must be from 1 to 100, but was 0;"
                  + " see 'discogs collection --help'");
      assertThat(page.errLines())
          .containsExactly(
              "discogs: --page must be 1 or more, but was 0; see 'discogs collection --help'");
    }

    @Test
    void listsTheSortKeysAndOrdersInTheCaseTheHelpShows() {
      Cli.Result sort = Cli.run("--stub", "collection", "--sort", "colour");
      Cli.Result order = Cli.run("--stub", "collection", "--sort", "year", "--order", "up");

      assertThat(sort.errLines())
          .containsExactly(
              "discogs: --sort must be one of label, artist, title, catno, format, rating, added,"
                  + " year, but was 'colour'; see 'discogs collection --help'");
      assertThat(order.errLines())
          .containsExactly(
              "discogs: --order must be one of asc, desc, but was 'up';"
                  + " see 'discogs collection --help'");
    }

    @Test
    void namesAnUnknownFolderAndHowToListThem() {
      Cli.Result result = Cli.run("--stub", "collection", "--folder", "999");

      assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: folder 999 of example_user's collection not found in the stub"
                  + " (GET /users/example_user/collection/folders/999/releases answered 404:"
                  + " The requested resource was not found.);"
                  + " 'discogs --stub collection folders example_user' lists the folders");
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

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code discogs wantlist} and {@code discogs want add|remove}, against the stub. */
class WantlistCommandsTest {

  @Nested
  class Wantlist {

    @Test
    void listsTheTokensUsersWantlistWithNotes() {
      Cli.Result result = Cli.run("--stub", "wantlist");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines().get(0))
          .matches("RELEASE +ARTIST +TITLE +YEAR +FORMAT +RATING +NOTES");
      assertThat(result.outLines())
          .anyMatch(
              line ->
                  line.matches(
                      "1675174 +Anamanaguchi +Dawn Metropolis +2009 +CDr Album +Example note\\."))
          .anyMatch(line -> line.matches("1867708 +.* +4/5"));
      assertThat(result.outLines()).last().isEqualTo("page 1 of 1 (10 releases)");
    }

    @Test
    void pagesThroughANamedUsersWantlist() {
      Cli.Result result =
          Cli.run("--stub", "wantlist", "example_user", "--per-page", "3", "--page", "4");

      assertThat(result.outLines()).hasSize(3).last().isEqualTo("page 4 of 4 (10 releases)");
    }

    @Test
    void saysAPagePastTheEndIsPastTheEnd() {
      Cli.Result result = Cli.run("--stub", "wantlist", "--page", "5", "--per-page", "5");

      assertThat(result.outLines())
          .containsExactly("page 5 is past the end: the wantlist has 2 pages (10 releases)");
    }

    @Test
    void wordsPageErrorsForTheCommandLine() {
      assertThat(Cli.run("--stub", "wantlist", "--per-page", "500").errLines())
          .containsExactly(
              "discogs: --per-page must be from 1 to 100, but was 500;"
                  + " see 'discogs wantlist --help'");
    }
  }

  @Nested
  class Want {

    private StubDiscogsServer server;

    @BeforeEach
    void start() {
      server = StubDiscogsServer.start();
      server.userData().clearUser(Username.of(StubDiscogsServer.DEFAULT_USERNAME));
    }

    @AfterEach
    void stop() {
      server.close();
    }

    private Cli.Result discogs(String... args) {
      String[] all = new String[args.length + 2];
      all[0] = "--base-url";
      all[1] = server.baseUrl().toString();
      System.arraycopy(args, 0, all, 2, args.length);
      return Cli.run(Cli.tokenEnvironment(), all);
    }

    @Test
    void addsAReleaseThatTheWantlistThenShows() {
      Cli.Result added = discogs("want", "add", "249504", "--notes", "7\" only", "--rating", "4");
      Cli.Result listed = discogs("wantlist");

      assertThat(added.exitCode()).isZero();
      assertThat(added.outLines())
          .containsExactly(
              "Added 249504 (Rick Astley - Never Gonna Give You Up) to example_user's wantlist.");
      assertThat(listed.outLines().get(1))
          .matches(
              "249504 +Rick Astley +Never Gonna Give You Up +1987 +Vinyl 7\", 45 RPM, Single +4/5 +7\" only");
    }

    @Test
    void removesARelease() {
      discogs("want", "add", "249504");

      Cli.Result removed = discogs("want", "remove", "249504");
      Cli.Result again = discogs("want", "remove", "249504");

      assertThat(removed.exitCode()).isZero();
      assertThat(removed.outLines())
          .containsExactly("Removed 249504 from example_user's wantlist.");
      assertThat(discogs("wantlist").outLines()).first().isEqualTo("No releases wanted.");
      assertThat(again.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
      assertThat(again.err())
          .startsWith(
              "discogs: release 249504 on example_user's wantlist not found"
                  + " (DELETE /users/example_user/wants/249504")
          .endsWith("; 'discogs wantlist example_user' lists the releases wanted\n");
    }

    @Test
    void saysAReleaseWantedAlreadyWasUpdated() {
      discogs("want", "add", "249504");

      Cli.Result again = discogs("want", "add", "249504", "--rating", "5");

      assertThat(again.exitCode()).isZero();
      assertThat(again.outLines())
          .containsExactly(
              "Updated 249504 (Rick Astley - Never Gonna Give You Up) on example_user's wantlist.");
      assertThat(discogs("wantlist").outLines())
          .hasSize(3)
          .last()
          .isEqualTo("page 1 of 1 (1 release)");
    }

    @Test
    void reportsAnUnknownReleaseAsNotFound() {
      Cli.Result result = discogs("want", "add", "999999999");

      assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .startsWith(
              "discogs: release 999999999 not found (PUT /users/example_user/wants/999999999")
          .contains("answered 404: Release not found.)");
      assertThat(discogs("wantlist").outLines()).first().isEqualTo("No releases wanted.");
    }

    @Test
    void refusesJsonABadRatingAndAMissingSubcommandAsUsageErrors() {
      Cli.Result json = discogs("--json", "want", "add", "249504");
      Cli.Result rating = discogs("want", "add", "249504", "--rating", "6");
      Cli.Result none = discogs("want");

      assertThat(json.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(json.err()).contains("leave --json out");
      assertThat(rating.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(rating.err()).contains("rating must be from 0 (not rated) to 5 stars, but was 6");
      assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(none.err()).contains("a subcommand is needed: add or remove");
      assertThat(server.requests()).isEmpty();
    }
  }
}

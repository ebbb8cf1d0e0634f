package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.needledrop.discogs.testkit.RecordedRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code discogs search}, against the embedded stub's search index of recorded results. */
class SearchCommandTest {

  @Nested
  class Table {

    @Test
    void printsAnAlignedTableAndThePaginationLine() {
      Cli.Result result = Cli.run("--stub", "search", "nevermind", "--type", "release");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.outLines())
          .containsExactly(
              "TYPE     ID       TITLE                YEAR  COUNTRY    FORMAT",
              "release  2028757  Nirvana - Nevermind  2005  Australia  DVD, PAL",
              "release  1852962  Nirvana - Nevermind  2005  France     DVD, PAL",
              "release  3058947  Nirvana - Nevermind        Europe     UMD",
              "page 1 of 1 (3 results)");
    }

    @Test
    void showsTheRequestedPageOfSeveral() {
      Cli.Result result = Cli.run("--stub", "search", "prodigy", "--per-page", "5", "--page", "2");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines()).hasSize(7).last().isEqualTo("page 2 of 10 (50 results)");
      assertThat(result.outLines().get(1)).startsWith("release  3308604  Prodigy, The - Babys");
    }

    @Test
    void saysAPagePastTheEndIsPastTheEndInsteadOfNoResults() {
      Cli.Result result =
          Cli.run("--stub", "search", "nevermind", "--type", "release", "--page", "2");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines())
          .containsExactly("page 2 is past the end: the search has 1 page (3 results)");
    }

    @Test
    void joinsFreeTextWords() {
      Cli.Result result = Cli.run("--stub", "search", "metal", "galaxy");

      assertThat(result.outLines())
          .contains("page 1 of 1 (2 results)")
          .anyMatch(
              line -> line.matches("master +1618299 +Babymetal - Metal Galaxy +2019 +Japan .*"))
          .anyMatch(
              line -> line.matches("release +14339492 +Babymetal - Metal Galaxy +2019 +US .*"));
    }

    @Test
    void shortensLongTitlesAndFormats() {
      List<String> lines = Cli.run("--stub", "search", "--type", "release").outLines();

      assertThat(lines).anyMatch(line -> line.contains("..."));
      assertThat(lines).allMatch(line -> line.length() <= 7 + 12 + 60 + 4 + 20 + 48 + 5 * 2);
    }

    @Test
    void saysSoWhenNothingMatches() {
      Cli.Result result = Cli.run("--stub", "search", "no-such-words-anywhere");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines()).containsExactly("No results.", "page 1 of 1 (0 results)");
    }
  }

  @Nested
  class Parameters {

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
    void sendsEveryFilterUnderItsDiscogsName() {
      Cli.Result result =
          Cli.run(
              Map.of(Environment.TOKEN, StubDiscogsServer.USER_TOKEN),
              "--base-url",
              server.baseUrl().toString(),
              "search",
              "rick astley",
              "--type=release",
              "--title=Rick Astley - Never Gonna Give You Up",
              "--release-title=Never Gonna Give You Up",
              "--credit=Stock",
              "--artist=Rick Astley",
              "--anv=Rick",
              "--label=RCA",
              "--genre=Pop",
              "--style=Euro-Disco",
              "--country=UK",
              "--year=1987",
              "--format=Vinyl",
              "--catno=PB 41447",
              "--barcode=5012394144777",
              "--track=Never Gonna Give You Up",
              "--submitter=someone",
              "--contributor=someone else",
              "--per-page=10",
              "--page=1");

      assertThat(result.exitCode()).isZero();
      RecordedRequest request = server.lastRequest().orElseThrow();
      assertThat(request.path()).isEqualTo("/database/search");
      assertThat(query(request))
          .containsExactly(
              entry("q", "rick astley"),
              entry("type", "release"),
              entry("title", "Rick Astley - Never Gonna Give You Up"),
              entry("release_title", "Never Gonna Give You Up"),
              entry("credit", "Stock"),
              entry("artist", "Rick Astley"),
              entry("anv", "Rick"),
              entry("label", "RCA"),
              entry("genre", "Pop"),
              entry("style", "Euro-Disco"),
              entry("country", "UK"),
              entry("year", "1987"),
              entry("format", "Vinyl"),
              entry("catno", "PB 41447"),
              entry("barcode", "5012394144777"),
              entry("track", "Never Gonna Give You Up"),
              entry("submitter", "someone"),
              entry("contributor", "someone else"),
              entry("page", "1"),
              entry("per_page", "10"));
    }

    @Test
    void sendsTheFirstPageOfFiftyByDefault() {
      Cli.run(
          Map.of(Environment.TOKEN, StubDiscogsServer.USER_TOKEN),
          "--base-url",
          server.baseUrl().toString(),
          "search",
          "nirvana");

      assertThat(query(server.lastRequest().orElseThrow()))
          .containsExactly(entry("q", "nirvana"), entry("page", "1"), entry("per_page", "50"));
    }

    @Test
    void sendsTheTokenFromTheEnvironmentInTheHeaderAndNeverPrintsIt() {
      Map<String, String> environment = Map.of(Environment.TOKEN, Cli.SECRET_TOKEN);
      server.close();
      server = StubDiscogsServer.builder().user("token_owner", Cli.SECRET_TOKEN).start();

      Cli.Result result =
          Cli.run(environment, "-vv", "--base-url", server.baseUrl().toString(), "search", "x");

      assertThat(result.exitCode()).isZero();
      assertThat(server.lastRequest().orElseThrow().header("Authorization"))
          .contains("Discogs token=" + Cli.SECRET_TOKEN);
      assertThat(result.out() + result.err()).doesNotContain(Cli.SECRET_TOKEN);
    }

    @Test
    void exitsWithFourWhenSearchingWithoutAToken() {
      Cli.Result result = Cli.run("--base-url", server.baseUrl().toString(), "search", "nirvana");

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: search needs credentials: set DISCOGS_TOKEN to a personal access token,"
                  + " or run 'discogs login' (search needs credentials: a consumer key and"
                  + " secret, a personal access token or OAuth; the client has none)");
      assertThat(result.out()).isEmpty();
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void exitsWithFourWhenTheTokenIsRefused() {
      Cli.Result result =
          Cli.run(
              Map.of(Environment.TOKEN, Cli.SECRET_TOKEN),
              "--base-url",
              server.baseUrl().toString(),
              "search",
              "nirvana");

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.errLines()).singleElement().asString().contains("answered 401");
      assertThat(result.err()).doesNotContain(Cli.SECRET_TOKEN);
    }

    private static Map<String, String> query(RecordedRequest request) {
      Map<String, String> decoded = new java.util.LinkedHashMap<>();
      for (String pair : request.rawQuery().split("&")) {
        String name = pair.substring(0, pair.indexOf('='));
        decoded.put(name, request.queryParameter(name).orElseThrow());
      }
      return decoded;
    }
  }

  @Nested
  class UsageErrors {

    @Test
    void refusesAnUnknownType() {
      Cli.Result result = Cli.run("--stub", "search", "x", "--type", "track");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .isEqualTo(
              "discogs: --type must be one of release, master, artist, label, but was 'track';"
                  + " see 'discogs search --help'");
    }

    @Test
    void refusesAPageSizeOutsideOneToAHundred() {
      Cli.Result result = Cli.run("--stub", "search", "x", "--per-page", "101");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: --per-page must be from 1 to 100, but was 101;"
                  + " see 'discogs search --help'");
    }

    @Test
    void refusesAPageBelowOneAndAYearBelowOneNamingTheOption() {
      Cli.Result page = Cli.run("--stub", "search", "x", "--page", "0");
      Cli.Result year = Cli.run("--stub", "search", "x", "--year", "0");

      assertThat(page.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(page.errLines())
          .containsExactly(
              "discogs: --page must be 1 or more, but was 0; see 'discogs search --help'");
      assertThat(year.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(year.errLines()).singleElement().asString().startsWith("discogs: --year must be");
    }

    @Test
    void refusesAPageSizeOfZero() {
      Cli.Result result = Cli.run("--stub", "search", "x", "--per-page", "0");

      assertThat(result.errLines())
          .singleElement()
          .asString()
          .startsWith("discogs: --per-page must be from 1 to 100, but was 0");
    }

    @Test
    void refusesAYearThatIsNotANumber() {
      Cli.Result result = Cli.run("--stub", "search", "x", "--year", "nineteen");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.out()).isEmpty();
      assertThat(result.errLines())
          .containsExactly(
              "discogs: --year must be a whole number, but was 'nineteen';"
                  + " see 'discogs search --help'");
    }
  }
}

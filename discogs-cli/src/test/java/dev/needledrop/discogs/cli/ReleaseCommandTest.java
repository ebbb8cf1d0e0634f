package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.RecordedRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** {@code discogs release}, against the embedded stub's recorded releases. */
class ReleaseCommandTest {

  @Nested
  @TestInstance(Lifecycle.PER_CLASS)
  class Summary {

    private final Cli.Result rick = Cli.run("--stub", "release", "249504");

    @Test
    void succeedsPrintingNothingOnStandardError() {
      assertThat(rick.exitCode()).isZero();
      assertThat(rick.err()).isEmpty();
    }

    @Test
    void startsWithArtistsAndTitle() {
      assertThat(rick.outLines()).first().isEqualTo("Rick Astley - Never Gonna Give You Up");
    }

    @Test
    void showsYearReleaseDateAndCountry() {
      assertThat(rick.outLines())
          .contains(
              "  Release      249504 (master 96559)",
              "  Year         1987, released Jul 1987",
              "  Country      UK");
    }

    @Test
    void showsLabelsWithCatalogueNumbersAndFormatsWithDescriptions() {
      assertThat(rick.outLines())
          .contains("  Labels       RCA - PB 41447", "  Formats      Vinyl, 7\", 45 RPM, Single");
    }

    @Test
    void showsGenresStylesCommunityAndMarket() {
      assertThat(rick.outLines())
          .contains(
              "  Genres       Electronic, Pop",
              "  Styles       Euro-Disco",
              "  Community    have 2121, want 351, rated 3.64 / 5 by 148 votes",
              "  For sale     82 copies, lowest 0.84 USD");
    }

    @Test
    void groupsTheCreditsByRoleCountingACreditUnderEachOfItsRoles() {
      assertThat(rick.outLines())
          .contains(
              "  Credits      Design: Me Co",
              "               Engineer: Mark McGuire · Mike Duffy",
              "               Producer: Stock / Aitken / Waterman",
              "               Written-By: Stock / Aitken / Waterman");
    }

    @Test
    void groupsTheCompaniesByWhatTheyDidKeepingCommasInTheirNames() {
      assertThat(rick.outLines())
          .contains(
              "  Companies    Phonographic Copyright (p): BMG Records (UK) Ltd. · Pete Waterman Ltd.",
              "               Distributed By: BMG Records · BMG Ariola",
              "               Pressed By: CBS Pressing Plant, Aston Clinton");
    }

    @Test
    void listsTheIdentifiersWithTheirDescriptions() {
      assertThat(rick.outLines())
          .contains(
              "  Identifiers  Barcode: 5012394144777",
              "               Matrix / Runout: PB 41447 A4 UTOPIA MS. (A side runout etchings,"
                  + " variant 2)",
              "               Price Code: AA (UK:)");
    }

    @Test
    void countsTheVideos() {
      assertThat(rick.outLines()).contains("  Videos       13");
    }

    @Test
    void printsTheNotesAsPlainTextBeforeTheTracklist() {
      List<String> lines = rick.outLines();
      int notes = lines.indexOf("Notes");

      assertThat(notes).isPositive().isLessThan(lines.indexOf("Tracklist"));
      assertThat(lines.get(notes + 1))
          .isEqualTo(
              "  UK Release has a black label with the text \"Manufactured In England\" printed"
                  + " on it.");
      assertThat(lines).contains("  Durations do not appear on the release.");
    }

    @Test
    void endsWithTheTracklistWithPositionsAndDurations() {
      List<String> lines = rick.outLines();

      assertThat(lines.subList(lines.indexOf("Tracklist"), lines.size()))
          .containsExactly(
              "Tracklist",
              "  A  Never Gonna Give You Up                 3:32",
              "  B  Never Gonna Give You Up (Instrumental)  3:30");
    }
  }

  @Nested
  @TestInstance(Lifecycle.PER_CLASS)
  class Tracklists {

    private final List<String> satie = Cli.run("--stub", "release", "9536040").outLines();

    @Test
    void setsHeadingsApartAndUnderlinesThem() {
      int heading = satie.indexOf("  CD 1: Orchestral Works & Ballets");

      assertThat(heading).isPositive();
      assertThat(satie.get(heading - 1)).isEmpty();
      assertThat(satie.get(heading + 1)).isEqualTo("  " + "-".repeat(32));
      assertThat(satie).contains("  CD 2: Ballets", "  CD 3: Piano Works");
    }

    @Test
    void indentsTheSubTracksOfAnIndexTrackUnderItsTitle() {
      int index = satie.indexOf("         En Habit De Cheval (1911)");

      assertThat(index).isPositive();
      assertThat(satie.get(index - 1)).startsWith("  1-5    Gnossienne No. 3 (1890/1939)");
      assertThat(satie.get(index + 1)).matches("  1-6      I Choral +0:47");
      assertThat(satie.get(index + 4)).matches("  1-9      IV Fugue De Papier +2:33");
    }

    @Test
    void alignsTheDurationsOfTracksAndSubTracks() {
      String track = line("  1-2    Gymnopédie No. 1");
      String subTrack = line("  1-6      I Choral");

      assertThat(track.indexOf("3:06")).isEqualTo(subTrack.indexOf("0:47"));
    }

    @Test
    void printsSeparatorHeadingsAsOneBlankLine() {
      int last = satie.indexOf(line("  1-54     Final"));

      assertThat(satie).noneMatch(line -> line.strip().equals("-"));
      assertThat(satie.get(last + 1)).isEmpty();
      assertThat(satie.get(last + 2)).isEqualTo("         Les Pantins Dansent (1913)");
      assertThat(String.join("\n", satie)).doesNotContain("\n\n\n");
    }

    @Test
    void keepsEveryPlayableTrack() {
      assertThat(satie).anyMatch(line -> line.startsWith("  10-"));
    }

    private String line(String start) {
      return satie.stream().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }
  }

  @Nested
  class Currency {

    @Test
    void asksForTheLowestPriceInTheGivenCurrency() {
      try (StubDiscogsServer server = StubDiscogsServer.start()) {
        Cli.Result result =
            Cli.run(
                "--base-url",
                server.baseUrl().toString(),
                "release",
                "249504",
                "--currency",
                "eur");

        RecordedRequest request = server.lastRequest().orElseThrow();
        assertThat(result.exitCode()).isZero();
        assertThat(request.path()).isEqualTo("/releases/249504");
        assertThat(request.queryParameter("curr_abbr")).contains("EUR");
        assertThat(result.outLines()).contains("  For sale     82 copies, lowest 0.77 EUR");
      }
    }

    @Test
    void roundsThePriceToTheCurrencysDecimals() {
      List<String> dollars = Cli.run("--stub", "release", "1").outLines();
      List<String> yen = Cli.run("--stub", "release", "1", "--currency", "JPY").outLines();

      // Discogs sent 8.077169493076712, and no count of copies for this 2014 recording.
      assertThat(dollars).contains("  For sale     lowest 8.08 USD");
      assertThat(yen).contains("  For sale     lowest 1212 JPY");
    }

    @Test
    void asksForUsDollarsByDefault() {
      try (StubDiscogsServer server = StubDiscogsServer.start()) {
        Cli.run("--base-url", server.baseUrl().toString(), "release", "249504");

        assertThat(server.lastRequest().orElseThrow().queryParameter("curr_abbr")).contains("USD");
      }
    }

    @Test
    void refusesACurrencyDiscogsDoesNotTradeInAsAUsageError() {
      Cli.Result result = Cli.run("--stub", "release", "249504", "--currency", "XYZ");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: --currency must be one of USD, GBP, EUR, CAD, AUD, JPY, CHF, MXN, BRL,"
                  + " NZD, SEK, ZAR, but was 'XYZ'; see 'discogs release --help'");
      assertThat(result.out()).isEmpty();
    }
  }

  @Nested
  class Failures {

    @Test
    void reportsAnUnknownIdOnOneLineAndExitsWithThree() {
      Cli.Result result = Cli.run("--stub", "release", "999999999");

      assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: release 999999999 not found in the stub's recorded catalogue"
                  + " (GET /releases/999999999 answered 404: Release not found.);"
                  + " the stub holds releases such as 249504, 9536040, 6895819");
      assertThat(result.out()).isEmpty();
    }

    @Test
    void reportsAnUnknownIdOfAnotherServerWithTheHintForDiscogs() {
      try (StubDiscogsServer server = StubDiscogsServer.start()) {
        Cli.Result result =
            Cli.run("--base-url", server.baseUrl().toString(), "release", "999999999");

        assertThat(result.errLines())
            .containsExactly(
                "discogs: release 999999999 not found"
                    + " (GET /releases/999999999 answered 404: Release not found.);"
                    + " 'discogs search --type release TEXT' finds ids");
      }
    }

    @Test
    void refusesAnIdThatIsNotAPositiveNumberBeforeCallingAnything() {
      Cli.Result notANumber = Cli.run("--base-url", "http://127.0.0.1:9", "release", "abc");
      Cli.Result zero = Cli.run("--base-url", "http://127.0.0.1:9", "release", "0");

      assertThat(notANumber.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(notANumber.errLines())
          .containsExactly(
              "discogs: abc is not a release id: ids are positive whole numbers;"
                  + " see 'discogs release --help'");
      assertThat(zero.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(zero.errLines())
          .singleElement()
          .asString()
          .startsWith("discogs: 0 is not a release id: ");
    }

    @Test
    void refusesAnIdTooLargeForDiscogsSayingSo() {
      Cli.Result result = Cli.run("--stub", "release", "99999999999999999999");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: 99999999999999999999 is too large for a release id;"
                  + " see 'discogs release --help'");
    }

    @Test
    void refusesAMissingId() {
      Cli.Result result = Cli.run("--stub", "release");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .isEqualTo("discogs: missing ID; see 'discogs release --help'");
    }
  }
}

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** {@code discogs master}, against the embedded stub's recorded masters. */
class MasterCommandTest {

  @Nested
  @TestInstance(Lifecycle.PER_CLASS)
  class Summary {

    private final Cli.Result dreamTheater = Cli.run("--stub", "master", "52086");

    @Test
    void startsWithArtistsAndTitle() {
      assertThat(dreamTheater.exitCode()).isZero();
      assertThat(dreamTheater.err()).isEmpty();
      assertThat(dreamTheater.outLines()).first().isEqualTo("Dream Theater - Images And Words");
    }

    @Test
    void showsYearMainAndNewestReleaseGenresAndMarket() {
      assertThat(dreamTheater.outLines())
          .contains(
              "  Master          52086",
              "  Year            1992",
              "  Main release    1827596",
              "  Newest release  31573201",
              "  Genres          Rock",
              "  Styles          Heavy Metal, Prog Rock, Progressive Metal",
              "  For sale        722 copies, lowest 0.90 USD");
    }

    @Test
    void endsWithTheTracklist() {
      List<String> lines = dreamTheater.outLines();

      assertThat(lines.subList(lines.indexOf("Tracklist"), lines.size()))
          .containsExactly("Tracklist", "  1  Pull Me Under  8:11", "  2  Another Day    4:22");
    }
  }

  @Test
  void leavesTheMarketOutWhenDiscogsSentNeitherCountNorPrice() {
    List<String> lines = Cli.run("--stub", "master", "33687").outLines();

    assertThat(lines).isNotEmpty().noneMatch(line -> line.contains("For sale"));
  }

  @Test
  void printsVinylSidesAsPositions() {
    assertThat(Cli.run("--stub", "master", "718441").outLines())
        .contains("  A1  Infinite          4:03", "  B5  Jealousy Woes II  3:23");
  }

  @Test
  void reportsAnUnknownIdOnOneLineAndExitsWithThree() {
    Cli.Result result = Cli.run("--stub", "master", "424242");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "discogs: master 424242 not found in the stub's recorded catalogue (GET /masters/424242 answered 404: ")
        .endsWith("; the stub holds masters such as 52086, 718441");
  }

  @Test
  void refusesANegativeId() {
    Cli.Result result = Cli.run("--stub", "master", "-5");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
  }
}

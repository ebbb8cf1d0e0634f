package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code discogs artist}, against the embedded stub's recorded artists. */
class ArtistCommandTest {

  @Test
  void showsAGroupsMembersMarkingFormerOnes() {
    Cli.Result result = Cli.run("--stub", "artist", "260935");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .startsWith("Dream Theater", "", "  Artist           260935")
        .contains(
            "  Members          Kevin Moore [130493] (former member)",
            "                   John Petrucci [273938]",
            "  Aliases          Majesty (10) [1405184]",
            "  Name variations  Dream Theatre · ドリーム・シアター",
            "  Links            https://dreamtheater.net/",
            "Profile",
            "  American progressive metal band, formed in Boston, Massachusetts, USA in 1985.");
  }

  @Test
  void showsAPersonsRealNameAndGroups() {
    List<String> miles = Cli.run("--stub", "artist", "23755").outLines();

    assertThat(miles)
        .contains(
            "  Real name        Miles Dewey Davis III",
            "  Groups           Artists United Against Apartheid [143887]",
            "                   Sonny Rollins Quartet [549499] (former member)");
  }

  @Test
  void separatesNameVariationsWithDotsSinceNamesMayHoldCommas() {
    List<String> eminem = Cli.run("--stub", "artist", "38661").outLines();

    assertThat(eminem)
        .filteredOn(line -> line.startsWith("  Name variations"))
        .singleElement()
        .asString()
        .contains(" · ");
  }

  @Test
  void wrapsLongListsUnderTheValueColumn() {
    List<String> eminem = Cli.run("--stub", "artist", "38661").outLines();

    assertThat(eminem).allMatch(line -> line.length() <= 100);
    int variations =
        eminem.indexOf(
            eminem.stream()
                .filter(l -> l.startsWith("  Name variations"))
                .findFirst()
                .orElseThrow());
    assertThat(eminem.get(variations + 1))
        .startsWith(" ".repeat(19))
        .doesNotStartWith(" ".repeat(20));
  }

  @Test
  void printsTheProfileAsPlainTextWithoutDiscogsMarkup() {
    List<String> eminem = Cli.run("--stub", "artist", "38661").outLines();

    assertThat(eminem.subList(eminem.indexOf("Profile"), eminem.size()))
        .noneMatch(line -> line.contains("[a=") || line.contains("[l="));
  }

  @Test
  void reportsAnUnknownIdOnOneLineAndExitsWithThree() {
    Cli.Result result = Cli.run("--stub", "artist", "77777777");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "discogs: artist 77777777 not found in the stub's recorded catalogue (GET /artists/77777777 answered 404: ");
  }
}

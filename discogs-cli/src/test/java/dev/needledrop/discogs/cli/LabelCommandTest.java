package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code discogs label}, against the embedded stub's recorded labels. */
class LabelCommandTest {

  @Test
  void showsSublabelsContactDetailsLinksAndProfile() {
    Cli.Result result = Cli.run("--stub", "label", "1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .startsWith("Planet E", "", "  Label      1")
        .contains(
            "  Sublabels  Antidote (4) [86537]",
            "             Community Projects [41841]",
            "  Contact    Planet E Communications",
            "             P.O. Box 27218",
            "  Links      http://www.planet-e.net",
            "Profile",
            "  Label owner: Carl Craig.");
  }

  @Test
  void showsTheParentLabel() {
    List<String> lines = Cli.run("--stub", "label", "3456").outLines();

    assertThat(lines)
        .contains(
            "  Parent label  Intangible Records & Soundworks [788]",
            "  Contact       realrightrecordings@aol.com");
  }

  @Test
  void reportsAnUnknownIdOnOneLineAndExitsWithThree() {
    Cli.Result result = Cli.run("--stub", "label", "5");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "discogs: label 5 not found in the stub's recorded catalogue (GET /labels/5 answered 404: ");
  }
}

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import dev.needledrop.discogs.testkit.data.TestBasicInformation;
import dev.needledrop.discogs.testkit.data.TestCollectionItems;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discogs collection export FILE}: a whole collection as CSV, page by page. */
class CollectionExportCommandTest {

  @TempDir Path directory;

  private List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  @Nested
  class RecordedCollection {

    @Test
    void writesEveryCopyWithTheCustomFieldsAsColumns() throws IOException {
      Path file = directory.resolve("collection.csv");

      Cli.Result result = Cli.run("--stub", "collection", "export", file.toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines())
          .containsExactly("Exported 40 copies of example_user's collection to " + file);
      List<String> lines = lines(file);
      assertThat(lines).hasSize(41);
      assertThat(lines.get(0))
          .isEqualTo(
              "instance_id,release_id,artist,title,year,labels,catno,formats,genres,styles,"
                  + "folder_id,folder,rating,date_added,Media Condition,Sleeve Condition,Notes");
      assertThat(lines.get(1))
          .isEqualTo(
              "1880275113,29294428,Mike (408),Burning Desire,2023,10K,10011LPC,"
                  + "\"Vinyl LP, Album, Limited Edition\",Hip Hop,Jazzy Hip-Hop,1,Uncategorized,0,"
                  + "2024-12-30T00:16:19-08:00,,,");
      assertThat(lines).anyMatch(line -> line.startsWith("148842233,7781525,The Zombies,"));
      assertThat(lines).anyMatch(line -> line.contains(",688739,Sessions,4,"));
    }

    @Test
    void redrawsAProgressBarOnStandardErrorOnATerminal() {
      Path file = directory.resolve("progress.csv");

      Cli.Result result = Cli.runOnTerminal("--stub", "collection", "export", file.toString());

      assertThat(result.err()).startsWith("\rexporting [").contains("] 100% 40/40").endsWith("\n");
      assertThat(result.out()).doesNotContain("exporting");
    }

    @Test
    void writesOneProgressLineAtTheStartAndOneAtTheEndWhenNotOnATerminal() {
      Path file = directory.resolve("progress.csv");

      Cli.Result result = Cli.run("--stub", "collection", "export", file.toString());

      assertThat(result.errLines()).containsExactly("exporting 0/40", "exporting 40/40 (100%)");
      assertThat(result.err()).doesNotContain("\r");
    }

    @Test
    void leavesTheFileAsItWasWhenTheFolderDoesNotExist() throws IOException {
      Path file = directory.resolve("keep.csv");
      Files.writeString(file, "the last good export\n");

      Cli.Result result =
          Cli.run("--stub", "collection", "export", file.toString(), "--folder", "999");

      assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .startsWith("discogs: folder 999 of example_user's collection not found in the stub (")
          .endsWith("; 'discogs --stub collection folders example_user' lists the folders");
      assertThat(Files.readString(file)).isEqualTo("the last good export\n");
      assertThat(filesIn(directory)).containsExactly(file);
    }

    @Test
    void exportsOneFolderOfANamedUser() throws IOException {
      Path file = directory.resolve("sessions.csv");

      Cli.Result result =
          Cli.run(
              "--stub",
              "collection",
              "export",
              file.toString(),
              "example_user",
              "--folder",
              "688739");

      assertThat(result.exitCode()).isZero();
      assertThat(lines(file)).hasSize(3);
    }

    @Test
    void refusesAFileThatIsADirectory() {
      Cli.Result result = Cli.run("--stub", "collection", "export", directory.toString());

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("it is a directory");
    }

    @Test
    void refusesJsonAndAMissingDirectoryBeforeAnyRequest() {
      Cli.Result json =
          Cli.run(
              "--stub", "--json", "collection", "export", directory.resolve("x.csv").toString());
      Cli.Result nowhere =
          Cli.run(
              "--stub", "collection", "export", directory.resolve("no/such/dir/x.csv").toString());

      assertThat(json.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(nowhere.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(nowhere.err()).contains("no directory to write");
    }
  }

  @Nested
  class SeededCollection {

    private StubDiscogsServer server;

    @BeforeEach
    void start() {
      server = StubDiscogsServer.start();
      server.userData().clearUser(Username.of("other_user"));
    }

    @AfterEach
    void stop() {
      server.close();
    }

    @Test
    void leavesTheFileAsItWasWhenTheCopiesCannotBeFetched() throws IOException {
      Path file = directory.resolve("keep.csv");
      Files.writeString(file, "the last good export\n");
      server.inject(
          StubFault.serverError(503).times(1).on("GET", "/users/*/collection/folders/*/releases"));

      Cli.Result result =
          Cli.run(
              Cli.tokenEnvironment(),
              "--base-url",
              server.baseUrl().toString(),
              "--no-retry",
              "collection",
              "export",
              file.toString());

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(Files.readString(file)).isEqualTo("the last good export\n");
      assertThat(filesIn(directory)).containsExactly(file);
    }

    @Test
    void quotesCellsAndShowsOthersOnlyThePublicFields() throws IOException {
      Username other = Username.of("other_user");
      server
          .userData()
          .putCollectionItem(
              other,
              TestCollectionItems.item(1, 2)
                  .release(TestBasicInformation.release(2).title("Say \"Hi\", Again").build())
                  .note(1, "Mint (M)")
                  .note(2, "Generic")
                  .note(3, "two\nlines")
                  .build());
      Path file = directory.resolve("other.csv");

      Cli.Result result =
          Cli.run(
              Cli.tokenEnvironment(),
              "--base-url",
              server.baseUrl().toString(),
              "collection",
              "export",
              file.toString(),
              "other_user");

      assertThat(result.exitCode()).isZero();
      String csv = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(csv).startsWith("instance_id,").contains(",Media Condition,Notes\r\n");
      assertThat(csv).doesNotContain("Sleeve Condition", "Generic");
      assertThat(csv).contains("\"Say \"\"Hi\"\", Again\"", ",Mint (M),\"two\nlines\"\r\n");
    }
  }

  @Test
  void writesCellsAsRfc4180Has() {
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.over(out)) {
      csv.row(List.of("plain", "a,b", "say \"x\"", "line\nbreak", ""));
    }

    assertThat(out).hasToString("plain,\"a,b\",\"say \"\"x\"\"\",\"line\nbreak\",\r\n");
  }
}

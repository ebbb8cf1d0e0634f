package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.model.Download;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discogs inventory export} and {@code inventory upload}, against the testkit's stub. */
class InventoryJobCommandsTest {

  @TempDir Path folder;

  private StubDiscogsServer server;

  @BeforeEach
  void start() {
    server = StubDiscogsServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Cli.Result runAs(String token, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--base-url";
    all[1] = server.baseUrl().toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Cli.run(Map.of(Environment.TOKEN, token), all);
  }

  @Nested
  class Export {

    @Test
    void waitsForTheExportThenDownloadsItShowingTheProgress() throws IOException {
      Path target = folder.resolve("inventory.csv");

      Cli.Result result =
          runAs(
              StubDiscogsServer.SELLER_TOKEN,
              "inventory",
              "export",
              "--download",
              target.toString(),
              "--poll-interval",
              "0.01");

      assertThat(result.exitCode()).isZero();
      String csv = Files.readString(target);
      assertThat(csv).startsWith("listing_id,artist,title,label,catno,format,release_id,status,");
      assertThat(csv.lines()).hasSize(58);
      assertThat(result.err())
          .contains(
              "export 600001 requested",
              "export 600001: in progress, next check in 0.01 s",
              "export 600001: success",
              "downloading example_seller-inventory-");
      assertThat(result.err()).doesNotContain("\r");
      assertThat(result.errLines())
          .last()
          .asString()
          .startsWith("downloaded ")
          .endsWith(".csv: 9.0 KB");
      assertThat(result.outLines())
          .contains("  Export    600001", "  Status    success", "  Saved to  " + target);
    }

    @Test
    void leavesTheFileAsItWasWhenADownloadBreaksOffMidway() throws IOException {
      Path target = folder.resolve("inventory.csv");
      Files.writeString(target, "the last good export\n");
      InputStream breaksOff =
          new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
              if (sent++ < 100) {
                return 'x';
              }
              throw new IOException("connection reset");
            }
          };
      Download download =
          Download.builder("GET", "/inventory/export/1/download", breaksOff).build();
      StringWriter err = new StringWriter();
      DownloadProgress progress =
          new DownloadProgress(new PrintWriter(err), "inventory.csv", OptionalLong.empty(), false);

      assertThatExceptionOfType(TransportException.class)
          .isThrownBy(() -> InventoryExportCommand.saveTo(download, target, progress));

      assertThat(Files.readString(target)).isEqualTo("the last good export\n");
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).containsExactly(target);
      }
    }

    @Test
    void exitsWithOneKeepingTheFileWhenTheDownloadFails() throws IOException {
      Path target = folder.resolve("inventory.csv");
      Files.writeString(target, "the last good export\n");
      server.inject(StubFault.truncatedBody().on("GET", "/inventory/export/*/download"));

      Cli.Result result =
          runAs(
              StubDiscogsServer.SELLER_TOKEN,
              "--no-retry",
              "inventory",
              "export",
              "--download",
              target.toString(),
              "--poll-interval",
              "0");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(Files.readString(target)).isEqualTo("the last good export\n");
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).containsExactly(target);
      }
    }

    @Test
    void refusesADownloadWithNowhereToGoBeforeRequestingTheExport() {
      Path nowhere = folder.resolve("no/such/dir/inventory.csv");

      Cli.Result result =
          runAs(
              StubDiscogsServer.SELLER_TOKEN,
              "inventory",
              "export",
              "--download",
              nowhere.toString());

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("no directory to write " + nowhere);
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void takesTheGlobalOptionsAfterEitherCommand() {
      Cli.Result result =
          Cli.run("inventory", "--stub", "export", "--poll-interval", "0", "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).contains("\"status\": \"success\"", "\"id\": 600001");
    }

    @Test
    void reportsAConflictWhenAnotherExportIsRunning() {
      try (Discogs other =
          FeignDiscogs.create(
              DiscogsConfig.builder("OtherTool/1.0")
                  .baseUrl(server.baseUrl())
                  .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
                  .build())) {
        other.inventory().requestExport();
      }

      Cli.Result second = runAs(StubDiscogsServer.USER_TOKEN, "inventory", "export");

      assertThat(second.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(second.errLines())
          .singleElement()
          .asString()
          .contains("answered 409: An export is already in progress.");
    }

    @Test
    void refusesNegativeWaits() {
      assertThat(Cli.run("--stub", "inventory", "export", "--poll-interval", "-1").exitCode())
          .isEqualTo(ExitCode.USAGE);
    }
  }

  @Nested
  class Upload {

    @Test
    void addsListingsFromAFileAndPrintsDiscogsReport() throws IOException {
      Path file = folder.resolve("add.csv");
      Files.writeString(
          file,
          "release_id,price,media_condition,comments\n"
              + "249504,12.50,Mint (M),\"Sealed, mint\"\n"
              + "249504,3.00,Good (G),\n");

      Cli.Result result =
          runAs(StubDiscogsServer.USER_TOKEN, "inventory", "upload", "add", file.toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).contains("upload 120001 sent (add, add.csv)");
      assertThat(result.outLines())
          .containsExactly(
              "  Upload   120001 (add, add.csv)",
              "  Status   success",
              "  Results  CSV file contains 2 records.",
              "           Processed 2 records.");
      Cli.Result inventory = runAs(StubDiscogsServer.USER_TOKEN, "inventory", "example_user");
      assertThat(inventory.outLines()).last().isEqualTo("page 1 of 1 (2 listings)");
      // example_user's recorded profile sells in euros.
      assertThat(inventory.out()).contains("12.50 EUR", "3.00 EUR");
    }

    @Test
    void exitsWithOneSayingHowManyRowsDiscogsRefused() throws IOException {
      Path file = folder.resolve("mixed.csv");
      Files.writeString(
          file, "release_id,price,media_condition\n249504,5.00,Mint (M)\n249504,5.00,VG+\n");

      Cli.Result result =
          runAs(StubDiscogsServer.USER_TOKEN, "inventory", "upload", "add", file.toString());

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(result.outLines())
          .contains("  Status   success", "           Processed 1 records.");
      assertThat(result.errLines())
          .last()
          .isEqualTo("discogs: upload 120001: Discogs refused 1 of 2 rows (see its report)");
    }

    @Test
    void reportsAColumnNameThatIsNotLowerCase() throws IOException {
      Path file = folder.resolve("upper.csv");
      Files.writeString(file, "release_id,Price,media_condition\n249504,5.00,Mint (M)\n");

      Cli.Result result =
          runAs(StubDiscogsServer.USER_TOKEN, "inventory", "upload", "add", file.toString());

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .contains("answered 422: Invalid column name 'Price'");
    }

    @Test
    void exitsWithOneAndTheReportWhenDiscogsFailsTheFile() throws IOException {
      Path file = folder.resolve("bad.csv");
      Files.writeString(file, "release_id,media_condition\n249504,Mint (M)\n");

      Cli.Result result =
          runAs(StubDiscogsServer.USER_TOKEN, "inventory", "upload", "ADD", file.toString());

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(result.outLines())
          .contains("  Status   failed", "  Results  Missing required columns: price.");
      assertThat(result.errLines()).last().isEqualTo("discogs: upload 120001 finished as failed");
    }

    @Test
    void refusesAMissingFileAndAnUnknownTypeBeforeSending() {
      Path missing = folder.resolve("missing.csv");

      Cli.Result noFile =
          runAs(StubDiscogsServer.USER_TOKEN, "inventory", "upload", "add", missing.toString());
      Cli.Result badType =
          runAs(StubDiscogsServer.USER_TOKEN, "inventory", "upload", "replace", missing.toString());

      assertThat(noFile.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(noFile.err()).contains("cannot upload", "no such file");
      assertThat(badType.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(badType.err()).contains("TYPE must be one of add, change, delete");
      assertThat(server.requests()).isEmpty();
    }
  }
}

package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Download;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code discogs inventory export [--download FILE]}: exports the caller's inventory as a CSV file,
 * waits for Discogs to finish it, and downloads it.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Asks Discogs to export your inventory as a CSV file, waits for the export to finish"
          + " (checking less and less often), and with --download saves the file, showing the"
          + " progress on standard error. Needs a token (see DISCOGS_TOKEN)."
    })
final class InventoryExportCommand extends DiscogsCommand {

  @Option(
      names = "--download",
      paramLabel = "FILE",
      description =
          "Save the finished CSV file here, replacing what is there once the whole file has"
              + " arrived. The directory is checked before the export is requested.")
  Path download;

  @Option(
      names = "--poll-interval",
      paramLabel = "SECONDS",
      defaultValue = "2",
      description =
          "Wait this long before checking a running export again; each wait is half again"
              + " as long, up to 30 s (default: ${DEFAULT-VALUE}).")
  double pollSeconds;

  @Option(
      names = "--wait-at-most",
      paramLabel = "MINUTES",
      defaultValue = "15",
      description = "Give up when the export is not done by then (default: ${DEFAULT-VALUE}).")
  long waitMinutes;

  private ExportId exportId;

  @Override
  void checkArguments() {
    if (pollSeconds < 0 || waitMinutes < 1) {
      throw new ParameterException(
          spec.commandLine(), "--poll-interval must not be negative, --wait-at-most at least 1");
    }
    if (download != null) {
      usage(() -> ReplacedFile.checkWritable(download));
    }
  }

  @Override
  String subject() {
    return exportId == null ? "inventory export" : "export " + exportId;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    InventoryExport done = run(connection().discogs().inventory());
    return raw.get("/inventory/export/" + done.id());
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    InventoryExport done = run(discogs.inventory());
    new Fields()
        .add("Export", done.id().toString())
        .add("Status", done.status().value())
        .add("Finished", done.finished().map(Timestamp::raw).orElse(""))
        .add("File", done.filename().orElse(""))
        .add("Saved to", download == null ? "" : download.toString())
        .printTo(out);
  }

  private InventoryExport run(InventoryApi inventory) {
    PrintWriter err = spec.commandLine().getErr();
    exportId = inventory.requestExport().id();
    err.println("export " + exportId + " requested");
    InventoryExport done =
        poller(err)
            .await(
                () -> inventory.export(exportId),
                export -> export.status().isFinished(),
                export -> "export " + exportId + ": " + export.status());
    if (!done.isReady()) {
      throw new CommandFailure("export " + exportId + " finished as " + done.status());
    }
    err.println("export " + exportId + ": " + done.status());
    if (download != null) {
      save(inventory, done);
    }
    return done;
  }

  private void save(InventoryApi inventory, InventoryExport done) {
    PrintWriter err = spec.commandLine().getErr();
    try (Download file = inventory.downloadExport(done.id())) {
      String name = file.filename().or(done::filename).orElse(download.getFileName().toString());
      DownloadProgress progress =
          new DownloadProgress(err, name, file.contentLength(), cli().environment().isTerminal());
      progress.finish(saveTo(file, download, progress));
    }
  }

  /**
   * Saves the download into a new file beside the target, moved over it once whole: a download that
   * breaks off leaves the file there was.
   *
   * @return the bytes saved
   */
  static long saveTo(Download file, Path target, DownloadProgress progress) {
    try (ReplacedFile output = ReplacedFile.of(target)) {
      long copied;
      try (OutputStream out = Files.newOutputStream(output.path())) {
        copied = file.copyTo(out, progress);
      }
      output.commit();
      return copied;
    } catch (IOException unwritable) {
      throw new UncheckedIOException("could not write " + target, unwritable);
    }
  }

  private JobPoller poller(PrintWriter err) {
    Duration first = Duration.ofMillis(Math.round(pollSeconds * 1000));
    return new JobPoller(first, Duration.ofMinutes(waitMinutes), JobPoller.SLEEP, err);
  }
}

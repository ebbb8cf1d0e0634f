package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.inventory.InventoryCsv;
import dev.needledrop.discogs.model.inventory.InventoryUpload;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadResults;
import dev.needledrop.discogs.model.inventory.UploadType;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code discogs inventory upload add|change|delete FILE.csv}: adds, changes or deletes listings
 * from a CSV file, and prints Discogs' report once it has processed the file.
 */
@Command(
    name = "upload",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Uploads a CSV file of listings to add, change or delete, waits for Discogs to process it,"
          + " and prints Discogs' report. Exits with 1 when Discogs failed the file or refused"
          + " some of its rows, saying how many.",
      "add needs the columns release_id, price and media_condition; change needs release_id"
          + " and a column to change; delete needs listing_id. Needs a token (see DISCOGS_TOKEN)."
    })
final class InventoryUploadCommand extends DiscogsCommand {

  private static final Pattern RECORDS = Pattern.compile("contains (\\d{1,9}) records?");
  private static final Pattern PROCESSED = Pattern.compile("Processed (\\d{1,9}) records?");
  private static final Duration POLL = Duration.ofSeconds(2);
  private static final Duration DEADLINE = Duration.ofMinutes(15);

  @Parameters(index = "0", paramLabel = "TYPE", description = "add, change or delete.")
  UploadType type;

  @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file, such as add.csv.")
  Path file;

  private InventoryCsv csv;
  private UploadId uploadId;

  @Override
  void checkArguments() {
    try {
      csv = InventoryCsv.read(file);
    } catch (UncheckedIOException | IllegalArgumentException unreadable) {
      throw new ParameterException(
          spec.commandLine(), "cannot upload " + file + ": " + reason(unreadable), unreadable);
    }
  }

  @Override
  String subject() {
    return uploadId == null ? "upload of " + file : "upload " + uploadId;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    InventoryUpload done = run(connection().discogs().inventory());
    String json = raw.get("/inventory/upload/" + done.id());
    failIfFailed(done);
    return json;
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    InventoryUpload done = run(discogs.inventory());
    new Fields()
        .add("Upload", done.id() + " (" + done.type() + ", " + done.filename() + ")")
        .add("Status", done.status().value())
        .addAll("Results", results(done.results()))
        .printTo(out);
    out.flush();
    failIfFailed(done);
  }

  private InventoryUpload run(InventoryApi inventory) {
    PrintWriter err = spec.commandLine().getErr();
    uploadId = inventory.submitUpload(type, csv).id();
    err.println("upload " + uploadId + " sent (" + type + ", " + csv.filename() + ")");
    return new JobPoller(POLL, DEADLINE, JobPoller.SLEEP, err)
        .await(
            () -> inventory.upload(uploadId),
            upload -> upload.status().isFinished(),
            upload -> "upload " + uploadId + ": " + upload.status());
  }

  // A file Discogs processed may still have rows it refused: the run then failed in part.
  private void failIfFailed(InventoryUpload done) {
    if (!done.status().isSuccess()) {
      throw new CommandFailure("upload " + done.id() + " finished as " + done.status());
    }
    OptionalInt records = count(done.results(), RECORDS);
    OptionalInt processed = count(done.results(), PROCESSED);
    if (records.isPresent() && processed.isPresent()) {
      int refused = records.getAsInt() - processed.getAsInt();
      if (refused > 0) {
        throw new CommandFailure(
            "upload "
                + done.id()
                + ": Discogs refused "
                + refused
                + " of "
                + Text.count(records.getAsInt(), "row", "rows")
                + " (see its report)");
      }
    }
  }

  // Discogs' report reads "CSV file contains 2 records.<p>Processed 1 records.<p>Row 3: ...".
  private static OptionalInt count(UploadResults results, Pattern counted) {
    if (results.isStructured()) {
      return OptionalInt.empty();
    }
    Matcher found = counted.matcher(results.text());
    return found.find() ? OptionalInt.of(Integer.parseInt(found.group(1))) : OptionalInt.empty();
  }

  // Discogs writes its report as HTML-ish text: one paragraph per <p>.
  private static List<String> results(UploadResults results) {
    if (results.isStructured()) {
      return results.fields().entrySet().stream()
          .map((Map.Entry<String, String> field) -> field.getKey() + ": " + field.getValue())
          .toList();
    }
    return List.of(results.text().split("(?i)<p>|<br\\s*/?>"));
  }

  private static String reason(RuntimeException unreadable) {
    Throwable cause = unreadable.getCause() == null ? unreadable : unreadable.getCause();
    return cause instanceof NoSuchFileException
        ? "no such file"
        : String.valueOf(unreadable.getMessage());
  }
}

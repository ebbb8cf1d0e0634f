package dev.needledrop.discogs.model.inventory;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Timestamp;
import java.util.Objects;
import java.util.Optional;

/**
 * An export of the caller's inventory as a CSV file, and how far it got. While it runs, Discogs
 * sends no finish time, download URL or file name: those parts are then empty.
 *
 * @param created when the export was requested (Discogs writes no offset: read as UTC)
 * @param finished when the export finished
 * @param downloadUrl where the CSV file can be fetched, as Discogs wrote it
 * @param filename the CSV file's name, such as {@code user-inventory-20180927-1259.csv}
 */
public record InventoryExport(
    ExportId id,
    JobStatus status,
    Optional<Timestamp> created,
    Optional<Timestamp> finished,
    Optional<String> downloadUrl,
    Optional<String> filename) {

  /** Creates an export, reading absent parts as empty. */
  public InventoryExport {
    Objects.requireNonNull(id, "id");
    status = status == null ? JobStatus.of("") : status;
    created = Values.optional(created);
    finished = Values.optional(finished);
    downloadUrl = Values.optional(downloadUrl);
    filename = Values.optional(filename);
  }

  /** Tells whether the CSV file is ready to download. */
  public boolean isReady() {
    return status.isSuccess();
  }
}

package dev.needledrop.discogs.model.inventory;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Timestamp;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSV file of listings the caller uploaded to add, change or delete, and how far its processing
 * got.
 *
 * @param filename the uploaded file's name
 * @param created when the upload arrived (Discogs writes no offset: read as UTC)
 * @param finished when processing finished; empty while it runs
 * @param results Discogs' report on the processed rows
 */
public record InventoryUpload(
    UploadId id,
    JobStatus status,
    UploadType type,
    String filename,
    Optional<Timestamp> created,
    Optional<Timestamp> finished,
    UploadResults results) {

  /** Creates an upload, reading absent parts as empty. */
  public InventoryUpload {
    Objects.requireNonNull(id, "id");
    status = status == null ? JobStatus.of("") : status;
    type = type == null ? UploadType.of("") : type;
    filename = Values.text(filename);
    created = Values.optional(created);
    finished = Values.optional(finished);
    results = results == null ? UploadResults.NONE : results;
  }
}

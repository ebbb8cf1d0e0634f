package dev.needledrop.discogs.model.inventory;

import java.net.URI;
import java.util.Objects;

/**
 * An upload Discogs accepted: its id and the {@code Location} Discogs answered with.
 *
 * @param location the upload's API URL, as Discogs sent it
 */
public record SubmittedUpload(UploadId id, URI location) {

  /** Creates the reference. */
  public SubmittedUpload {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
  }
}

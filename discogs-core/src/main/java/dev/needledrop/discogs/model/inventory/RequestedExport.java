package dev.needledrop.discogs.model.inventory;

import java.net.URI;
import java.util.Objects;

/**
 * An export Discogs accepted: its id and the {@code Location} Discogs answered with.
 *
 * @param location the export's API URL, as Discogs sent it
 */
public record RequestedExport(ExportId id, URI location) {

  /** Creates the reference. */
  public RequestedExport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
  }
}

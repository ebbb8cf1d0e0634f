package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.Download;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryCsv;
import dev.needledrop.discogs.model.inventory.InventoryExport;
import dev.needledrop.discogs.model.inventory.InventoryUpload;
import dev.needledrop.discogs.model.inventory.RequestedExport;
import dev.needledrop.discogs.model.inventory.SubmittedUpload;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The caller's inventory in bulk: exports of every listing as a CSV file, and CSV uploads that add,
 * change or delete listings. Every call needs a user (a personal token or OAuth).
 *
 * <p>Exports and uploads are jobs Discogs runs on its own time: a request answers at once with the
 * job's {@code Location}; poll the job until {@link
 * dev.needledrop.discogs.model.inventory.JobStatus#isFinished()}. Implementations are thread-safe
 * and throw {@link dev.needledrop.discogs.error.DiscogsException}s as {@link MarketplaceApi} does.
 * Requests and uploads are sent exactly once, never repeated by the SDK.
 */
public interface InventoryApi {

  /** Items per page that the lazy streams ask for. */
  int STREAM_PAGE_SIZE = PageRequest.MAX_PER_PAGE;

  /**
   * Asks Discogs to export the caller's inventory; sent once.
   *
   * @throws dev.needledrop.discogs.error.ConflictException when Discogs refuses another export now
   */
  RequestedExport requestExport();

  /** Returns a page of the caller's recent exports. */
  Page<InventoryExport> exports(PageRequest page);

  /** Streams the caller's recent exports. */
  default Stream<InventoryExport> allExports() {
    return PagedStream.of(this::exports, STREAM_PAGE_SIZE);
  }

  /** Returns an export and how far it got. */
  InventoryExport export(ExportId id);

  /**
   * Returns an export only when it changed after the instant ({@code If-Modified-Since}); empty
   * when Discogs answers that it did not (304).
   */
  Optional<InventoryExport> exportIfModifiedSince(ExportId id, Instant since);

  /**
   * Opens a finished export's CSV file for reading, exactly as sent; the caller closes it.
   *
   * @return the file as it downloads, with its name and length when Discogs sent them
   */
  Download downloadExport(ExportId id);

  /**
   * Writes a finished export's CSV file to the path, replacing what is there.
   *
   * @return the bytes written
   */
  default long downloadExport(ExportId id, Path target) {
    return downloadExport(id).saveTo(target);
  }

  /**
   * Uploads a CSV file of listings to add, change or delete, as multipart part {@code upload}; sent
   * once.
   *
   * @throws IllegalArgumentException for a type other than add, change or delete
   */
  SubmittedUpload submitUpload(UploadType type, InventoryCsv csv);

  /** Uploads a CSV file of new listings, which go on sale at once. */
  default SubmittedUpload addListings(InventoryCsv csv) {
    return submitUpload(UploadType.ADD, csv);
  }

  /** Uploads a CSV file of changes to the caller's listings. */
  default SubmittedUpload changeListings(InventoryCsv csv) {
    return submitUpload(UploadType.CHANGE, csv);
  }

  /** Uploads a CSV file of the caller's listings to delete. */
  default SubmittedUpload deleteListings(InventoryCsv csv) {
    return submitUpload(UploadType.DELETE, csv);
  }

  /** Returns a page of the caller's recent uploads. */
  Page<InventoryUpload> uploads(PageRequest page);

  /** Streams the caller's recent uploads. */
  default Stream<InventoryUpload> allUploads() {
    return PagedStream.of(this::uploads, STREAM_PAGE_SIZE);
  }

  /** Returns an upload and how far its processing got. */
  InventoryUpload upload(UploadId id);

  /**
   * Returns an upload only when it changed after the instant ({@code If-Modified-Since}); empty
   * when Discogs answers that it did not (304).
   */
  Optional<InventoryUpload> uploadIfModifiedSince(UploadId id, Instant since);
}

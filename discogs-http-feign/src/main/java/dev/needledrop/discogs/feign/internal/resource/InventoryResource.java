package dev.needledrop.discogs.feign.internal.resource;

import dev.needledrop.discogs.feign.internal.codec.MultipartForm;
import dev.needledrop.discogs.feign.internal.dto.ExportDto;
import dev.needledrop.discogs.feign.internal.dto.ExportsPageDto;
import dev.needledrop.discogs.feign.internal.dto.UploadDto;
import dev.needledrop.discogs.feign.internal.dto.UploadsPageDto;
import feign.HeaderMap;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import feign.Response;
import java.util.Map;

/**
 * The Inventory Export and Upload sections of the Discogs API as Feign calls (reference §8.6–§8.7,
 * E33–E41).
 *
 * <p>Calls returning a raw {@link Response} are those whose answer is not a JSON object to decode:
 * the job requests, read for their {@code Location} header, and the CSV download, read as a stream.
 * Feign hands such responses over without checking their status; the caller must.
 */
public interface InventoryResource {

  /** Discogs answers 200 (some servers 201) with a {@code Location} header; no body to read. */
  @RequestLine("POST /inventory/export")
  Response requestExport();

  /** Query: page, per_page. */
  @RequestLine("GET /inventory/export")
  ExportsPageDto exports(@QueryMap(encoded = true) Map<String, String> query);

  /** Headers: If-Modified-Since, when asked for; a 304 arrives as an error status. */
  @RequestLine(value = "GET /inventory/export/{exportId}", decodeSlash = false)
  ExportDto export(
      @Param(value = "exportId", encoded = true) String exportId,
      @HeaderMap Map<String, String> headers);

  /** The CSV file, {@code text/csv}, streamed. */
  @RequestLine(value = "GET /inventory/export/{exportId}/download", decodeSlash = false)
  Response downloadExport(@Param(value = "exportId", encoded = true) String exportId);

  /** A multipart body with the part {@code upload}; answered with a {@code Location} header. */
  @RequestLine(value = "POST /inventory/upload/{type}", decodeSlash = false)
  Response upload(@Param(value = "type", encoded = true) String type, MultipartForm form);

  /** Query: page, per_page. */
  @RequestLine("GET /inventory/upload")
  UploadsPageDto uploads(@QueryMap(encoded = true) Map<String, String> query);

  /** Headers: If-Modified-Since, when asked for; a 304 arrives as an error status. */
  @RequestLine(value = "GET /inventory/upload/{uploadId}", decodeSlash = false)
  UploadDto upload(
      @Param(value = "uploadId", encoded = true) String uploadId,
      @HeaderMap Map<String, String> headers);
}

package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.access.InventoryAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.feign.internal.codec.MultipartForm;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.mapping.InventoryJobMapper;
import dev.needledrop.discogs.feign.internal.resource.InventoryResource;
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
import feign.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.mapstruct.factory.Mappers;

/**
 * The Inventory Export and Upload sections over HTTP. Job requests are read for their {@code
 * Location}; the export's CSV file is handed over as a stream, never parsed. Requests and uploads
 * are sent once. Thread-safe.
 */
final class FeignInventoryApi implements InventoryApi {

  private static final InventoryJobMapper JOBS = Mappers.getMapper(InventoryJobMapper.class);
  private static final String UPLOAD_PART = "upload";
  private static final int NOT_MODIFIED = 304;
  // The IMF-fixdate of RFC 9110, such as "Sun, 06 Nov 1994 08:49:37 GMT": two-digit day, English.
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private final InventoryResource resource;
  private final RawResponses raw;
  private final AccessLevel access;

  FeignInventoryApi(InventoryResource resource, RawResponses raw, AccessLevel access) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.raw = Objects.requireNonNull(raw, "raw");
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public RequestedExport requestExport() {
    InventoryAccess.REQUEST_EXPORT.check(access);
    Exchange exchange = Exchange.post("/inventory/export");
    RawResponses.JobLocation location = located(exchange, resource::requestExport);
    return new RequestedExport(ExportId.of(location.id()), location.uri());
  }

  @Override
  public Page<InventoryExport> exports(PageRequest page) {
    InventoryAccess.EXPORTS.check(access);
    Map<String, String> parameters = QueryParameters.create().page(page).toMap();
    return Exchange.get("/inventory/export")
        .fetch(() -> resource.exports(parameters), JOBS::toExportsPage);
  }

  @Override
  public InventoryExport export(ExportId id) {
    InventoryAccess.EXPORT.check(access);
    String exportId = segment(id, "exportId");
    return Exchange.get(exportPath(exportId))
        .fetch(() -> resource.export(exportId, Map.of()), JOBS::toExport);
  }

  @Override
  public Optional<InventoryExport> exportIfModifiedSince(ExportId id, Instant since) {
    InventoryAccess.EXPORT_IF_MODIFIED_SINCE.check(access);
    String exportId = segment(id, "exportId");
    Map<String, String> headers = ifModifiedSince(since);
    return unlessNotModified(
        () ->
            Exchange.get(exportPath(exportId))
                .fetch(() -> resource.export(exportId, headers), JOBS::toExport));
  }

  @Override
  public Download downloadExport(ExportId id) {
    InventoryAccess.DOWNLOAD_EXPORT.check(access);
    String exportId = segment(id, "exportId");
    Exchange exchange = Exchange.get(exportPath(exportId) + "/download");
    Response response =
        raw.requireSuccess(exchange, send(exchange, () -> resource.downloadExport(exportId)));
    return Download.builder(
            exchange.method(), exchange.path(), RawResponses.body(exchange, response))
        .contentType(RawResponses.contentType(response))
        .filename(RawResponses.filename(response))
        .contentLength(RawResponses.contentLength(response))
        .build();
  }

  @Override
  public SubmittedUpload submitUpload(UploadType type, InventoryCsv csv) {
    InventoryAccess.SUBMIT_UPLOAD.check(access);
    String kind = segment(Objects.requireNonNull(type, "type").requireKnown("type"), "type");
    Objects.requireNonNull(csv, "csv");
    MultipartForm form =
        MultipartForm.ofFile(UPLOAD_PART, csv.filename(), "text/csv", csv.content());
    Exchange exchange = Exchange.post("/inventory/upload/" + kind);
    RawResponses.JobLocation location = located(exchange, () -> resource.upload(kind, form));
    return new SubmittedUpload(UploadId.of(location.id()), location.uri());
  }

  @Override
  public Page<InventoryUpload> uploads(PageRequest page) {
    InventoryAccess.UPLOADS.check(access);
    Map<String, String> parameters = QueryParameters.create().page(page).toMap();
    return Exchange.get("/inventory/upload")
        .fetch(() -> resource.uploads(parameters), JOBS::toUploadsPage);
  }

  @Override
  public InventoryUpload upload(UploadId id) {
    InventoryAccess.UPLOAD.check(access);
    String uploadId = segment(id, "uploadId");
    return Exchange.get(uploadPath(uploadId))
        .fetch(() -> resource.upload(uploadId, Map.of()), JOBS::toUpload);
  }

  @Override
  public Optional<InventoryUpload> uploadIfModifiedSince(UploadId id, Instant since) {
    InventoryAccess.UPLOAD_IF_MODIFIED_SINCE.check(access);
    String uploadId = segment(id, "uploadId");
    Map<String, String> headers = ifModifiedSince(since);
    return unlessNotModified(
        () ->
            Exchange.get(uploadPath(uploadId))
                .fetch(() -> resource.upload(uploadId, headers), JOBS::toUpload));
  }

  private RawResponses.JobLocation located(Exchange exchange, Supplier<Response> call) {
    Response response = raw.requireSuccess(exchange, send(exchange, call));
    return raw.location(exchange, response);
  }

  private static Response send(Exchange exchange, Supplier<Response> call) {
    return exchange.fetch(call, response -> response);
  }

  // A 304 is Discogs saying the job did not change; Feign reports it as an error status.
  private static <T> Optional<T> unlessNotModified(Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (DiscogsServiceException answered) {
      if (answered.status() == NOT_MODIFIED) {
        return Optional.empty();
      }
      throw answered;
    }
  }

  private static Map<String, String> ifModifiedSince(Instant since) {
    Objects.requireNonNull(since, "since");
    String date = HTTP_DATE.format(since.atOffset(ZoneOffset.UTC));
    return Map.of("If-Modified-Since", date);
  }

  private static String exportPath(String exportId) {
    return "/inventory/export/" + exportId;
  }

  private static String uploadPath(String uploadId) {
    return "/inventory/upload/" + uploadId;
  }

  private static String segment(Object value, String name) {
    return PathSegment.encode(Objects.requireNonNull(value, name), name);
  }
}

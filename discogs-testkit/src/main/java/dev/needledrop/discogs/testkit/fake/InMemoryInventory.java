package dev.needledrop.discogs.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.access.InventoryAccess;
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
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.market.ExportFile;
import dev.needledrop.discogs.testkit.internal.market.Market;
import dev.needledrop.discogs.testkit.internal.market.MarketReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An in-memory {@link InventoryApi} over the same market as an {@link InMemoryMarketplace} (get one
 * from {@link InMemoryMarketplace#inventory()}), behaving like the Discogs stub: an export
 * snapshots the caller's listings and stays in progress until read as often as configured; an
 * upload's CSV file is applied at once and reported as Discogs words it. Thread-safe.
 */
public final class InMemoryInventory implements InventoryApi {

  private static final String API = "https://api.discogs.com";

  private final FakeMarket shared;
  private final Caller caller;

  InMemoryInventory(FakeMarket shared, Caller caller) {
    this.shared = shared;
    this.caller = caller;
  }

  @Override
  public RequestedExport requestExport() {
    InventoryAccess.REQUEST_EXPORT.check(caller.accessLevel());
    Market.Job job =
        shared.call("POST", "/inventory/export", () -> shared.market().requestExport(caller));
    long id = StubJson.id(job.json(), "id");
    return new RequestedExport(ExportId.of(id), URI.create(API + "/inventory/export/" + id));
  }

  @Override
  public Page<InventoryExport> exports(PageRequest page) {
    InventoryAccess.EXPORTS.check(caller.accessLevel());
    return shared.call(
        "GET",
        "/inventory/export",
        () -> FakeMarket.page(shared.market().exports(caller), page, caller, MarketReader::export));
  }

  @Override
  public InventoryExport export(ExportId id) {
    InventoryAccess.EXPORT.check(caller.accessLevel());
    return exportSince(id, Optional.empty()).orElseThrow();
  }

  @Override
  public Optional<InventoryExport> exportIfModifiedSince(ExportId id, Instant since) {
    InventoryAccess.EXPORT_IF_MODIFIED_SINCE.check(caller.accessLevel());
    return exportSince(id, Optional.of(seconds(since)));
  }

  private Optional<InventoryExport> exportSince(ExportId id, Optional<Instant> since) {
    Objects.requireNonNull(id, "exportId");
    return shared.call(
        "GET",
        "/inventory/export/" + id,
        () -> shared.market().export(caller, id.value(), since).map(j -> readExport(j.json())));
  }

  @Override
  public Download downloadExport(ExportId id) {
    InventoryAccess.DOWNLOAD_EXPORT.check(caller.accessLevel());
    Objects.requireNonNull(id, "exportId");
    String path = "/inventory/export/" + id + "/download";
    ExportFile file = shared.call("GET", path, () -> shared.market().download(caller, id.value()));
    byte[] content = file.content();
    return Download.builder("GET", path, new ByteArrayInputStream(content))
        .contentType("text/csv; charset=utf-8")
        .filename(Optional.of(file.filename()).filter(name -> !name.isBlank()))
        .contentLength(OptionalLong.of(content.length))
        .build();
  }

  @Override
  public SubmittedUpload submitUpload(UploadType type, InventoryCsv csv) {
    InventoryAccess.SUBMIT_UPLOAD.check(caller.accessLevel());
    String kind = Objects.requireNonNull(type, "type").requireKnown("type").value();
    Objects.requireNonNull(csv, "csv");
    Market.Job job =
        shared.call(
            "POST",
            "/inventory/upload/" + kind,
            () -> shared.market().upload(caller, kind, csv.filename(), csv.content()));
    long id = StubJson.id(job.json(), "id");
    return new SubmittedUpload(UploadId.of(id), URI.create(API + "/inventory/upload/" + id));
  }

  @Override
  public Page<InventoryUpload> uploads(PageRequest page) {
    InventoryAccess.UPLOADS.check(caller.accessLevel());
    return shared.call(
        "GET",
        "/inventory/upload",
        () -> FakeMarket.page(shared.market().uploads(caller), page, caller, MarketReader::upload));
  }

  @Override
  public InventoryUpload upload(UploadId id) {
    InventoryAccess.UPLOAD.check(caller.accessLevel());
    return uploadSince(id, Optional.empty()).orElseThrow();
  }

  @Override
  public Optional<InventoryUpload> uploadIfModifiedSince(UploadId id, Instant since) {
    InventoryAccess.UPLOAD_IF_MODIFIED_SINCE.check(caller.accessLevel());
    return uploadSince(id, Optional.of(seconds(since)));
  }

  private Optional<InventoryUpload> uploadSince(UploadId id, Optional<Instant> since) {
    Objects.requireNonNull(id, "uploadId");
    return shared.call(
        "GET",
        "/inventory/upload/" + id,
        () -> shared.market().upload(caller, id.value(), since).map(j -> readUpload(j.json())));
  }

  private InventoryExport readExport(ObjectNode json) {
    return MarketReader.export(FakeMarket.rendered(json, caller));
  }

  private InventoryUpload readUpload(ObjectNode json) {
    return MarketReader.upload(FakeMarket.rendered(json, caller));
  }

  // The HTTP adapter sends the instant as an HTTP date, which counts whole seconds.
  private static Instant seconds(Instant since) {
    return Objects.requireNonNull(since, "since").truncatedTo(ChronoUnit.SECONDS);
  }
}

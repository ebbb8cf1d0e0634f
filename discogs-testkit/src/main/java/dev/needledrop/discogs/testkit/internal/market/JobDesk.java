package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inventory exports and uploads (E33–E41), each its owner's alone (others get 404).
 *
 * <p>An export snapshots the caller's inventory when requested and stays {@code in progress}, with
 * null finish time, download URL and file name, for a set number of status reads (one by default)
 * and succeeds on the next, so that a client's polling is exercised; only one export runs at a time
 * (409 for another). An upload is processed at once. Lists are newest first. A job's {@code
 * Last-Modified} is when it was created or finished.
 */
final class JobDesk {

  private final MarketState state;
  private final ListingDesk listings;

  JobDesk(MarketState state, ListingDesk listings) {
    this.state = state;
    this.listings = listings;
  }

  /** A job's JSON with when it last changed, for {@code Last-Modified}. */
  record Job(ObjectNode json, Instant modified) {}

  Job requestExport(Caller caller) {
    String owner = MarketState.requireUser(caller);
    boolean running =
        state.exports.values().stream()
            .anyMatch(job -> job.owner.equals(owner) && !isFinished(job.json));
    if (running) {
      throw ApiError.of(409, "An export is already in progress.");
    }
    long id = state.nextExportId++;
    Instant now = state.now();
    ObjectNode json = StubJson.object();
    json.put("id", id);
    json.put("status", JobStatus.IN_PROGRESS.value());
    json.put("created_ts", Times.withoutOffset(now));
    json.put("url", MarketUrls.export(id));
    json.putNull("finished_ts");
    json.putNull("download_url");
    json.putNull("filename");
    byte[] csv = InventoryExportWriter.write(listings.inventory(caller, owner, Params.none()));
    state.exports.put(id, new MarketState.ExportJob(owner, json, csv, now));
    return new Job(json.deepCopy(), now);
  }

  List<ObjectNode> exports(Caller caller) {
    String owner = MarketState.requireUser(caller);
    List<ObjectNode> mine = new ArrayList<>();
    state.exports.values().stream()
        .filter(job -> job.owner.equals(owner))
        .forEach(job -> mine.add(0, job.json.deepCopy()));
    return mine;
  }

  /**
   * Reads an export, counting the read toward its completion; empty when it did not change after
   * the instant given.
   */
  Optional<Job> export(Caller caller, long id, Optional<Instant> ifModifiedSince) {
    MarketState.ExportJob job = ownedExport(caller, id);
    job.reads++;
    if (!isFinished(job.json) && job.reads > state.exportReadsUntilDone) {
      finish(job);
    }
    return unlessUnchanged(new Job(job.json.deepCopy(), job.modified), ifModifiedSince);
  }

  ExportFile download(Caller caller, long id) {
    MarketState.ExportJob job = ownedExport(caller, id);
    if (!isFinished(job.json)) {
      throw ApiError.of(409, "The export is still in progress.");
    }
    return new ExportFile(StubJson.text(job.json, "filename"), job.csv);
  }

  Job putUpload(String owner, ObjectNode json) {
    long id = StubJson.id(json, "id");
    Instant modified =
        Times.parse(StubJson.text(json, "finished_ts"))
            .or(() -> Times.parse(StubJson.text(json, "created_ts")))
            .orElse(state.now());
    state.uploads.put(id, new MarketState.UploadJob(owner, json.deepCopy(), modified));
    state.nextUploadId = Math.max(state.nextUploadId, id + 1);
    return new Job(json, modified);
  }

  void putExport(String owner, ObjectNode json, byte[] csv) {
    long id = StubJson.id(json, "id");
    Instant modified =
        Times.parse(StubJson.text(json, "finished_ts"))
            .or(() -> Times.parse(StubJson.text(json, "created_ts")))
            .orElse(state.now());
    state.exports.put(id, new MarketState.ExportJob(owner, json.deepCopy(), csv, modified));
    state.nextExportId = Math.max(state.nextExportId, id + 1);
  }

  List<ObjectNode> uploads(Caller caller) {
    String owner = MarketState.requireUser(caller);
    List<ObjectNode> mine = new ArrayList<>();
    state.uploads.values().stream()
        .filter(job -> job.owner().equals(owner))
        .forEach(job -> mine.add(0, job.json().deepCopy()));
    return mine;
  }

  Optional<Job> upload(Caller caller, long id, Optional<Instant> ifModifiedSince) {
    String owner = MarketState.requireUser(caller);
    MarketState.UploadJob job = state.uploads.get(id);
    if (job == null || !job.owner().equals(owner)) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    return unlessUnchanged(new Job(job.json().deepCopy(), job.modified()), ifModifiedSince);
  }

  private void finish(MarketState.ExportJob job) {
    Instant now = state.now();
    long id = StubJson.id(job.json, "id");
    job.json.put("status", JobStatus.SUCCESS.value());
    job.json.put("finished_ts", Times.withoutOffset(now));
    job.json.put("download_url", MarketUrls.export(id) + "/download");
    job.json.put("filename", job.owner + "-inventory-" + Times.fileStamp(now) + ".csv");
    job.modified = now;
  }

  private MarketState.ExportJob ownedExport(Caller caller, long id) {
    String owner = MarketState.requireUser(caller);
    MarketState.ExportJob job = state.exports.get(id);
    if (job == null || !job.owner.equals(owner)) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    return job;
  }

  private static boolean isFinished(ObjectNode json) {
    return JobStatus.of(StubJson.text(json, "status")).isFinished();
  }

  // HTTP dates count whole seconds: a job changed within the second asked about is unchanged.
  private static Optional<Job> unlessUnchanged(Job job, Optional<Instant> since) {
    boolean unchanged =
        since.isPresent() && !job.modified().truncatedTo(ChronoUnit.SECONDS).isAfter(since.get());
    return unchanged ? Optional.empty() : Optional.of(job);
  }
}

package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The marketplace and inventory as the stub and the in-memory fakes both run it: every rule, check
 * and error message lives here once, over Discogs JSON trees, so the two cannot drift.
 *
 * <p>Calls take who calls and the parameters by wire name, and throw {@code ApiError} with Discogs'
 * status and message. Results are copies. Thread-safe: every call holds the market's lock.
 */
public final class Market {

  private final MarketState state;
  private final ListingDesk listings;
  private final OrderDesk orders;
  private final PricingDesk pricing;
  private final JobDesk jobs;
  private final UploadDesk uploads;

  /**
   * Creates an empty market.
   *
   * @param releases finds a held release by id, to describe listed releases and price them
   * @param accounts tells which usernames are accounts, whose (maybe empty) inventories exist
   * @param currencies tells the currency each seller prices in (the profile's {@code curr_abbr}),
   *     such as {@code EUR}
   * @param exportReadsUntilDone how many status reads see an export in progress before one sees it
   *     succeed; at least 1
   */
  public Market(
      Clock clock,
      LongFunction<Optional<ObjectNode>> releases,
      Predicate<String> accounts,
      Function<String, String> currencies,
      int exportReadsUntilDone) {
    if (exportReadsUntilDone < 1) {
      throw new IllegalArgumentException("exportReadsUntilDone must be at least 1");
    }
    this.state =
        new MarketState(
            Objects.requireNonNull(clock, "clock"),
            Objects.requireNonNull(releases, "releases"),
            Objects.requireNonNull(accounts, "accounts"),
            Objects.requireNonNull(currencies, "currencies"),
            exportReadsUntilDone);
    this.listings = new ListingDesk(state);
    this.orders = new OrderDesk(state);
    this.pricing = new PricingDesk(state);
    this.jobs = new JobDesk(state, listings);
    this.uploads = new UploadDesk(state, listings, jobs);
  }

  /** A job's JSON with when it last changed. */
  public record Job(ObjectNode json, Instant modified) {}

  /** Returns a seller's inventory as the caller may see it, filtered and sorted, unpaged. */
  public synchronized List<ObjectNode> inventory(Caller caller, String seller, Params params) {
    return listings.inventory(caller, seller, params);
  }

  /** Returns a listing as the caller may see it. */
  public synchronized ObjectNode listing(Caller caller, long id, Params params) {
    return listings.listing(caller, id, params);
  }

  /** Lists a release for the caller and returns the new listing's id. */
  public synchronized long createListing(Caller caller, Params params) {
    return listings.create(caller, params);
  }

  /** Changes one of the caller's listings. */
  public synchronized void editListing(Caller caller, long id, Params params) {
    listings.edit(caller, id, params);
  }

  /** Deletes one of the caller's listings. */
  public synchronized void deleteListing(Caller caller, long id) {
    listings.delete(caller, id);
  }

  /** Returns the caller's orders as seller, filtered and sorted, unpaged. */
  public synchronized List<ObjectNode> orders(Caller caller, Params params) {
    return orders.orders(caller, params);
  }

  /** Returns one of the caller's orders. */
  public synchronized ObjectNode order(Caller caller, String id) {
    return orders.order(caller, id);
  }

  /** Changes an order's status or shipping and returns it. */
  public synchronized ObjectNode editOrder(Caller caller, String id, Params params) {
    return orders.edit(caller, id, params);
  }

  /** Returns an order's messages, newest first, unpaged. */
  public synchronized List<ObjectNode> orderMessages(Caller caller, String id) {
    return orders.messages(caller, id);
  }

  /** Adds a message to an order and returns it as recorded. */
  public synchronized ObjectNode addOrderMessage(Caller caller, String id, Params params) {
    return orders.addMessage(caller, id, params);
  }

  /** Returns the fee for a price given as path text, in the currency asked for. */
  public synchronized ObjectNode fee(String price, Optional<String> currency) {
    return pricing.fee(price, currency);
  }

  /** Returns the price suggestions for a release. */
  public synchronized ObjectNode priceSuggestions(Caller caller, long releaseId) {
    return pricing.suggestions(caller, releaseId);
  }

  /** Returns a release's marketplace stats. */
  public synchronized ObjectNode stats(long releaseId, Optional<String> currency) {
    return pricing.stats(releaseId, currency);
  }

  /** Starts an export of the caller's inventory. */
  public synchronized Job requestExport(Caller caller) {
    return job(jobs.requestExport(caller));
  }

  /** Returns the caller's exports, newest first, unpaged. */
  public synchronized List<ObjectNode> exports(Caller caller) {
    return jobs.exports(caller);
  }

  /** Reads an export; empty when it did not change after the instant given. */
  public synchronized Optional<Job> export(Caller caller, long id, Optional<Instant> since) {
    return jobs.export(caller, id, since).map(Market::job);
  }

  /** Returns a finished export's CSV file. */
  public synchronized ExportFile download(Caller caller, long id) {
    return jobs.download(caller, id);
  }

  /** Applies an uploaded CSV file of the given type: add, change or delete. */
  public synchronized Job upload(Caller caller, String type, String filename, byte[] csv) {
    return job(uploads.upload(caller, type, filename, csv));
  }

  /** Returns the caller's uploads, newest first, unpaged. */
  public synchronized List<ObjectNode> uploads(Caller caller) {
    return jobs.uploads(caller);
  }

  /** Reads an upload; empty when it did not change after the instant given. */
  public synchronized Optional<Job> upload(Caller caller, long id, Optional<Instant> since) {
    return jobs.upload(caller, id, since).map(Market::job);
  }

  /** Holds a listing as given (the owner's full view); replaces one with the same id. */
  public synchronized void putListing(JsonNode listing) {
    listings.put(StubJson.requireObject(listing));
  }

  /** Holds an order as given; replaces one with the same id. */
  public synchronized void putOrder(JsonNode order) {
    orders.put(StubJson.requireObject(order));
  }

  /** Appends a message to an order's history, which runs newest first. */
  public synchronized void putOrderMessage(String orderId, JsonNode message) {
    orders.putMessage(orderId, StubJson.requireObject(message));
  }

  /** Answers a release's price suggestions with this body instead of computing them. */
  public synchronized void putPriceSuggestions(long releaseId, JsonNode body) {
    state.suggestions.put(releaseId, StubJson.requireObject(body).deepCopy());
  }

  /** Answers a release's stats with this body while no listing of it is held. */
  public synchronized void putStats(long releaseId, JsonNode body) {
    state.recordedStats.put(releaseId, StubJson.requireObject(body).deepCopy());
  }

  /** Holds an export of a user, with the CSV file its download answers. */
  public synchronized void putExport(String owner, JsonNode export, byte[] csv) {
    jobs.putExport(owner, StubJson.requireObject(export), csv);
  }

  /** Holds an upload of a user. */
  public synchronized void putUpload(String owner, JsonNode upload) {
    jobs.putUpload(owner, StubJson.requireObject(upload));
  }

  /** Writes listings as an export's CSV file. */
  public static byte[] exportCsv(List<? extends JsonNode> listings) {
    return InventoryExportWriter.write(listings);
  }

  private static Job job(JobDesk.Job job) {
    return new Job(job.json(), job.modified());
  }
}

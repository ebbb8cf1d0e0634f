package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Everything the marketplace holds: listings, orders with their messages, export and upload jobs,
 * recorded suggestion and stats bodies, and the id counters. Not thread-safe by itself: {@link
 * Market} guards every access.
 */
final class MarketState {

  /** An export: its owner, its JSON, its CSV file, how often it was read and when it changed. */
  static final class ExportJob {
    final String owner;
    final ObjectNode json;
    final byte[] csv;
    int reads;
    Instant modified;

    ExportJob(String owner, ObjectNode json, byte[] csv, Instant modified) {
      this.owner = owner;
      this.json = json;
      this.csv = csv.clone();
      this.modified = modified;
    }
  }

  /** An upload: its owner, its JSON and when it changed. */
  record UploadJob(String owner, ObjectNode json, Instant modified) {}

  final Clock clock;
  final LongFunction<Optional<ObjectNode>> releases;
  final Predicate<String> accounts;
  final Function<String, String> currencies;
  final int exportReadsUntilDone;
  final Map<Long, ObjectNode> listings = new LinkedHashMap<>();
  final Map<String, ObjectNode> orders = new LinkedHashMap<>();
  final Map<String, List<ObjectNode>> messages = new HashMap<>();
  final Map<Long, ExportJob> exports = new LinkedHashMap<>();
  final Map<Long, UploadJob> uploads = new LinkedHashMap<>();
  final Map<Long, ObjectNode> suggestions = new HashMap<>();
  final Map<Long, ObjectNode> recordedStats = new HashMap<>();
  final Map<String, Long> userIds = new HashMap<>();
  long nextListingId = 5_000_000_001L;
  long nextExportId = 600_001L;
  long nextUploadId = 120_001L;
  long nextUserId = 2_000_001L;

  MarketState(
      Clock clock,
      LongFunction<Optional<ObjectNode>> releases,
      Predicate<String> accounts,
      Function<String, String> currencies,
      int exportReadsUntilDone) {
    this.clock = clock;
    this.releases = releases;
    this.accounts = accounts;
    this.currencies = currencies;
    this.exportReadsUntilDone = exportReadsUntilDone;
  }

  Instant now() {
    return clock.instant();
  }

  /** Returns the messages of an order, newest first, creating the list on first use. */
  List<ObjectNode> messagesOf(String orderId) {
    return messages.computeIfAbsent(orderId, id -> new ArrayList<>());
  }

  /** Returns a user's id: the one seen on their listings, or a new one. */
  long userId(String username) {
    return userIds.computeIfAbsent(username, name -> nextUserId++);
  }

  /** Tells whether the user exists: a known account, or a seller of held listings or orders. */
  boolean isKnownUser(String username) {
    return accounts.test(username) || userIds.containsKey(username);
  }

  /** Returns the currency the seller prices listings in: the profile's, US dollars by default. */
  String sellerCurrency(String seller) {
    return currencies.apply(seller);
  }

  /** Returns the acting user's name, or throws 401 for a caller acting for no user. */
  static String requireUser(Caller caller) {
    if (!caller.isUser()) {
      throw ApiError.of(401, ApiError.MUST_AUTHENTICATE);
    }
    return caller.username().orElseThrow();
  }

  /** Tells whether the caller is the named user. */
  static boolean isUser(Caller caller, String username) {
    return caller.isUser() && caller.username().orElseThrow().equals(username);
  }
}

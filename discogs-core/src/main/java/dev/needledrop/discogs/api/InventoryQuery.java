package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.marketplace.ListingStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * Filter and sort for a seller's inventory; both optional.
 *
 * <p>The status filter is sent as given, so a status Discogs adds later can be asked for; Discogs
 * answers an unknown one with a {@link dev.needledrop.discogs.error.BadRequestException}. Other
 * sellers' inventories only ever show listings for sale.
 *
 * @param status only listings with this status; {@link ListingStatus#ALL} keeps every one
 */
public record InventoryQuery(Optional<ListingStatus> status, Optional<Sort<InventorySort>> sort) {

  private static final InventoryQuery ALL = new InventoryQuery(Optional.empty(), Optional.empty());

  /** Creates a query, refusing null parts. */
  public InventoryQuery {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sort, "sort");
  }

  /** Returns the query for the whole inventory the caller may see, in the server's order. */
  public static InventoryQuery all() {
    return ALL;
  }

  /** Returns this query, keeping only listings with the status. */
  public InventoryQuery withStatus(ListingStatus value) {
    return new InventoryQuery(Optional.of(Objects.requireNonNull(value, "status")), sort);
  }

  /** Returns this query, sorted as given. */
  public InventoryQuery sortedBy(Sort<InventorySort> value) {
    return new InventoryQuery(status, Optional.of(Objects.requireNonNull(value, "sort")));
  }
}

package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Choices;
import java.util.List;
import java.util.Objects;

/**
 * The status of a marketplace listing, such as {@link #FOR_SALE} or {@link #SOLD}.
 *
 * <p>Only {@link #FOR_SALE} and {@link #DRAFT} can be set; only listings that are for sale, drafts
 * or expired can be edited. {@link #ALL} is not a status but the inventory filter that keeps every
 * listing. A status Discogs starts sending later is kept as given ({@link #isKnown()} false).
 */
public record ListingStatus(String value) {

  public static final ListingStatus FOR_SALE = new ListingStatus("For Sale");
  public static final ListingStatus DRAFT = new ListingStatus("Draft");
  public static final ListingStatus EXPIRED = new ListingStatus("Expired");
  public static final ListingStatus SOLD = new ListingStatus("Sold");
  public static final ListingStatus DELETED = new ListingStatus("Deleted");
  public static final ListingStatus SUSPENDED = new ListingStatus("Suspended");
  public static final ListingStatus VIOLATION = new ListingStatus("Violation");

  /** The inventory filter keeping listings of every status; never a listing's own status. */
  public static final ListingStatus ALL = new ListingStatus("All");

  private static final List<ListingStatus> KNOWN =
      List.of(FOR_SALE, DRAFT, EXPIRED, SOLD, DELETED, SUSPENDED, VIOLATION);
  private static final List<ListingStatus> SETTABLE = List.of(FOR_SALE, DRAFT);
  private static final List<ListingStatus> EDITABLE = List.of(FOR_SALE, DRAFT, EXPIRED);

  /** Creates a status from its exact wire text, kept as given. */
  public ListingStatus {
    Objects.requireNonNull(value, "listing status");
  }

  /** Returns the status of the given wire text, such as {@code "For Sale"}. */
  public static ListingStatus of(String value) {
    return new ListingStatus(value);
  }

  /** Returns the seven statuses Discogs documents (without the {@link #ALL} filter). */
  public static List<ListingStatus> values() {
    return KNOWN;
  }

  /** Returns the statuses a listing can be given when it is created or edited. */
  public static List<ListingStatus> settable() {
    return SETTABLE;
  }

  /** Tells whether this is one of the seven statuses Discogs documents. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /** Tells whether a listing with this status can still be edited. */
  public boolean isEditable() {
    return EDITABLE.contains(this);
  }

  /**
   * Returns this status for a create or an edit, refusing anything but For Sale and Draft.
   *
   * @throws IllegalArgumentException listing the statuses that can be set
   */
  public ListingStatus requireSettable(String parameter) {
    return Choices.require(this, SETTABLE, parameter);
  }

  @Override
  public String toString() {
    return value;
  }
}

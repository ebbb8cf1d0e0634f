package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.MarketplaceApi} needs: public reads nothing,
 * selling and orders a user's or the seller's credentials.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum MarketplaceAccess implements AccessRule {
  /** E19. */
  INVENTORY("inventory", "listing an inventory", Requirement.NONE),
  /** E20. */
  LISTING("listing", "looking up a listing", Requirement.NONE),
  /** E23. */
  CREATE_LISTING("createListing", "creating a listing", Requirement.USER),
  /** E21. */
  EDIT_LISTING("editListing", "editing a listing", Requirement.OWNER),
  /** E22. */
  DELETE_LISTING("deleteListing", "deleting a listing", Requirement.OWNER),
  /** E26. */
  ORDERS("orders", "listing orders", Requirement.USER),
  /** E24. */
  ORDER("order", "reading an order", Requirement.OWNER),
  /** E25. */
  EDIT_ORDER("editOrder", "editing an order", Requirement.OWNER),
  /** E27. */
  ORDER_MESSAGES("orderMessages", "reading order messages", Requirement.OWNER),
  /** E28. */
  ADD_ORDER_MESSAGE("addOrderMessage", "adding an order message", Requirement.OWNER),
  /** E29, E30. */
  FEE("fee", "computing a selling fee", Requirement.NONE),
  /** E31. */
  PRICE_SUGGESTIONS("priceSuggestions", "reading price suggestions", Requirement.USER),
  /** E32. */
  MARKETPLACE_STATS("marketplaceStats", "reading marketplace stats", Requirement.NONE);

  private final String method;
  private final String operation;
  private final Requirement requirement;

  MarketplaceAccess(String method, String operation, Requirement requirement) {
    this.method = method;
    this.operation = operation;
    this.requirement = requirement;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String operation() {
    return operation;
  }

  @Override
  public Requirement requirement() {
    return requirement;
  }
}

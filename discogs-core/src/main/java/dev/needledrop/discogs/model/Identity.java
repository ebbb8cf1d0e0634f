package dev.needledrop.discogs.model;

import dev.needledrop.discogs.internal.Values;
import java.util.Objects;

/**
 * The user a set of credentials acts for, as {@code GET /oauth/identity} reports it.
 *
 * @param id the user's id
 * @param username the user's name
 * @param consumerName the name of the application the credentials belong to; empty when Discogs
 *     sent none (personal tokens have no application)
 */
public record Identity(long id, Username username, String consumerName) {

  /** Creates the identity, refusing a non-positive id. */
  public Identity {
    Ids.requirePositive(id, "user id");
    Objects.requireNonNull(username, "username");
    consumerName = Values.text(consumerName);
  }
}

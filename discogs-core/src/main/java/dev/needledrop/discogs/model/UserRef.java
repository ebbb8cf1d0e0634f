package dev.needledrop.discogs.model;

import dev.needledrop.discogs.internal.Values;
import java.util.Objects;
import java.util.OptionalLong;

/** A short reference to a Discogs user, as embedded in other objects. */
public record UserRef(Username username, OptionalLong id, String avatarUrl) {

  /** Creates a reference, reading absent parts as empty. */
  public UserRef {
    Objects.requireNonNull(username, "username");
    id = Values.optional(id);
    avatarUrl = Values.text(avatarUrl);
  }

  /** Returns a reference holding only the username. */
  public static UserRef of(String username) {
    return new UserRef(Username.of(username), OptionalLong.empty(), "");
  }
}

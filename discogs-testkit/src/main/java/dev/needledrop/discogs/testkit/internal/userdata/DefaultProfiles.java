package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import java.util.Optional;
import java.util.OptionalInt;

/** The profile a user the test doubles know starts with: empty texts, US dollars, no ratings. */
public final class DefaultProfiles {

  private DefaultProfiles() {}

  /** Returns the starting profile of the user, as the user sees it. */
  public static UserProfile of(String username, long id) {
    return new UserProfile(
        id,
        Username.of(username),
        "https://www.discogs.com/user/" + QueryString.encode(username),
        "",
        "",
        "",
        "",
        Optional.of(Timestamp.of("2020-01-01T00:00:00-08:00")),
        0.0,
        0,
        0,
        0,
        0,
        0,
        0.0,
        "",
        "",
        Optional.of(Currency.USD),
        Optional.of(true),
        Optional.of(false),
        Optional.of(false),
        0.0,
        0.0,
        0,
        0.0,
        0.0,
        0,
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.of(username + "@example.com"),
        OptionalInt.of(0));
  }
}

package dev.needledrop.discogs.testkit.contract;

import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contracts of the user sections (collection, wantlist, lists, users) share: the user the
 * section under test acts as, the other user who looks on, and the set-up that puts both back to
 * new accounts before each test.
 */
abstract class UserSectionContract {

  /** The user the section under test acts as, with the user's token. */
  protected static final Username USER = Username.of(StubDiscogsServer.DEFAULT_USERNAME);

  /** Another user, who sees {@link #USER}'s data only as the public does. */
  protected static final Username OTHER_USER = Username.of(StubDiscogsServer.OTHER_USERNAME);

  /** The id the stub and the fakes give {@link #USER}. */
  protected static final long USER_ID = 1_000_001L;

  /** Returns the seeder that puts users' data where the section under test reads it. */
  protected abstract UserDataSeeder seeder();

  @BeforeEach
  void startFromNewAccounts() {
    seeder().clearUser(USER);
    seeder().clearUser(OTHER_USER);
  }
}

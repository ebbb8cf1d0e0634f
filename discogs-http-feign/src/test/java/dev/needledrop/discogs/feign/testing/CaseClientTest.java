package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.Discogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class whose every test gets a fresh {@link CaseServer} and a Feign client of it with the
 * case user's token ({@link TestClients#user}), closed after the test before the server.
 */
public abstract class CaseClientTest extends CaseServerTest {

  /** The client of the running test. */
  protected Discogs discogs;

  @BeforeEach
  protected final void openClient() {
    discogs = TestClients.user(server);
  }

  @AfterEach
  protected final void closeClient() {
    discogs.close();
  }
}

package dev.needledrop.discogs.feign.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class whose every test gets a fresh {@link CaseServer}, started before and closed after.
 */
public abstract class CaseServerTest {

  /** The server of the running test. */
  protected CaseServer server;

  @BeforeEach
  protected final void startServer() {
    server = CaseServer.start();
  }

  @AfterEach
  protected final void stopServer() {
    server.close();
  }
}

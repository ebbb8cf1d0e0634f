package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.testkit.StubDiscogsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests whose every test gets a fresh stub server, started before it and closed after; nested test
 * classes that need one extend it too.
 */
abstract class StubServerTest {

  /** The server of the running test. */
  StubDiscogsServer server;

  @BeforeEach
  final void startServer() {
    server = StubDiscogsServer.start();
  }

  @AfterEach
  final void stopServer() {
    server.close();
  }
}

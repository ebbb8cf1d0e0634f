package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.support.StubClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StubDiscogsServerExtension.class)
class StubDiscogsServerExtensionParameterTest {

  private static StubDiscogsServer first;

  @BeforeAll
  static void remember(StubDiscogsServer server) {
    first = server;
  }

  @Test
  void injectsARunningServer(StubDiscogsServer server) {
    int status = new StubClient(server.baseUrl()).get("/releases/249504").send().statusCode();

    assertThat(status).isEqualTo(200);
    assertThat(server).isSameAs(first);
  }

  @Nested
  class InANestedClass {

    @Test
    void injectsTheSameServer(StubDiscogsServer server) {
      assertThat(server).isSameAs(first);
      assertThat(server.requests()).isEmpty();
    }
  }
}

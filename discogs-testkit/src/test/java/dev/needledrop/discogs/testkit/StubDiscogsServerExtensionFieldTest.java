package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.support.StubClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StubDiscogsServerExtensionFieldTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  @Test
  @Order(1)
  void leavesQueuedAnswersAndRequestsBehind() {
    stub.enqueue(StubResponse.status(500));
    stub.enqueue(StubResponse.status(500));
    new StubClient(stub.baseUrl()).get("/releases/249504").send();

    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  @Order(2)
  void startsTheNextTestWithNoQueuedAnswerNorRequests() {
    int status = new StubClient(stub.baseUrl()).get("/releases/249504").send().statusCode();

    assertThat(status).isEqualTo(200);
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  @Order(3)
  void injectsTheSameServerAsAParameter(StubDiscogsServer injected) {
    assertThat(injected).isSameAs(stub.server());
  }

  @Nested
  class InANestedClass {

    @Test
    void sharesTheOuterClassServer(StubDiscogsServer injected) {
      assertThat(injected).isSameAs(stub.server());
    }
  }
}

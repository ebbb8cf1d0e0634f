package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.Slf4jCallListener;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.CaseServerTest;
import dev.needledrop.discogs.feign.testing.RecordingListener;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.feign.testing.VirtualTime;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.observability.AttemptFinished;
import dev.needledrop.discogs.observability.AttemptStarted;
import dev.needledrop.discogs.observability.CallFinished;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.observability.Waiting;
import dev.needledrop.discogs.retry.RetryPolicy;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the adapter tells a call listener, and what the SLF4J listener writes of it. */
class CallListenerTest extends CaseServerTest {

  private static final String RELEASE = "{\"id\": 1, \"title\": \"T\"}";
  private static final String TOKEN = "l1stener-T0KEN";

  private final VirtualTime time = new VirtualTime();

  private FeignDiscogsClient client(CallListener listener) {
    DiscogsConfig config =
        TestClients.config(server)
            .credentials(PersonalAccessToken.of(TOKEN))
            .credentialPlacement(CredentialPlacement.QUERY)
            .retryPolicy(RetryPolicy.standard())
            .callListener(listener)
            .build();
    return FeignDiscogsClient.create(config, time);
  }

  private void scriptAServerErrorThenSuccess() {
    server.enqueue(
        ScriptedResponse.empty(503, Map.of("Content-Type", "text/html")),
        ScriptedResponse.ok(RELEASE)
            .withHeader("X-Discogs-Ratelimit", "60")
            .withHeader("X-Discogs-Ratelimit-Used", "2")
            .withHeader("X-Discogs-Ratelimit-Remaining", "58"));
  }

  @Test
  void hearsEachAttemptTheWaitBetweenAndTheCallsEnd() {
    RecordingListener listener = new RecordingListener();
    scriptAServerErrorThenSuccess();

    try (FeignDiscogsClient discogs = client(listener)) {
      discogs.database().release(ReleaseId.of(1));
    }

    List<Object> events = listener.events();
    assertThat(events)
        .map(event -> event.getClass().getSimpleName())
        .containsExactly(
            "AttemptStarted",
            "AttemptFinished",
            "Waiting",
            "AttemptStarted",
            "AttemptFinished",
            "CallFinished");
    assertThat(listener.events(AttemptStarted.class))
        .extracting(AttemptStarted::path, AttemptStarted::attempt)
        .containsExactly(tuple("/releases/1", 1), tuple("/releases/1", 2));
    assertThat(listener.events(AttemptFinished.class))
        .extracting(AttemptFinished::status)
        .containsExactly(OptionalInt.of(503), OptionalInt.of(200));
    assertThat(listener.events(AttemptFinished.class).get(1).rateLimit())
        .hasValueSatisfying(state -> assertThat(state.remaining()).isEqualTo(58));
    assertThat(listener.events(Waiting.class))
        .singleElement()
        .satisfies(
            wait -> {
              assertThat(wait.reason()).isEqualTo(Waiting.Reason.SERVER_ERROR);
              assertThat(wait.attempt()).isEqualTo(2);
            });
    assertThat(listener.events(CallFinished.class))
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.attempts()).isEqualTo(2);
              assertThat(call.succeeded()).isTrue();
              assertThat(call.elapsed()).isEqualTo(time.elapsed());
            });
  }

  @Test
  void namesTheExceptionAFailedCallEndsWith() {
    RecordingListener listener = new RecordingListener();
    server.enqueue(ScriptedResponse.json(404, "{\"message\": \"Release not found.\"}"));

    try (FeignDiscogsClient discogs = client(listener)) {
      try {
        discogs.database().release(ReleaseId.of(1));
      } catch (RuntimeException expected) {
        // The event is what is checked.
      }
    }

    assertThat(listener.events(CallFinished.class))
        .singleElement()
        .satisfies(call -> assertThat(call.failure()).contains("NotFoundException"));
  }

  @Test
  void carriesOnWhenAListenerFails() {
    CallListener failing =
        new CallListener() {
          @Override
          public void attemptStarted(AttemptStarted event) {
            throw new IllegalStateException("a broken metrics backend");
          }
        };
    server.enqueue(ScriptedResponse.ok(RELEASE));

    try (FeignDiscogsClient discogs = client(failing)) {
      assertThat(discogs.database().release(ReleaseId.of(1)).title()).isEqualTo("T");
    }
  }

  @Test
  void slf4jListenerLogsRetriesAndAttemptsWithoutTheQueryOrCredentials() {
    Logger logger = (Logger) LoggerFactory.getLogger(Slf4jCallListener.LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    Level previous = logger.getLevel();
    logger.setLevel(Level.TRACE);
    scriptAServerErrorThenSuccess();
    try (FeignDiscogsClient discogs = client(new Slf4jCallListener())) {
      discogs.database().release(ReleaseId.of(1));
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(previous);
    }

    List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines)
        .contains("GET /releases/1 attempt 1 -> 503 (0 ms)")
        .anySatisfy(
            line -> assertThat(line).startsWith("GET /releases/1 will retry (attempt 2) in "))
        .anySatisfy(line -> assertThat(line).contains("attempt 2 -> 200").contains("2/60 used"))
        .allSatisfy(line -> assertThat(line).doesNotContain(TOKEN).doesNotContain("?"));
    assertThat(appender.list)
        .filteredOn(event -> event.getLevel() == Level.INFO)
        .singleElement()
        .satisfies(event -> assertThat(event.getFormattedMessage()).contains("server error"));
  }
}

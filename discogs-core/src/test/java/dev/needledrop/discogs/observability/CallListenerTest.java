package dev.needledrop.discogs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CallListenerTest {

  @Test
  void allTellsEachListenerInOrder() {
    List<String> heard = new ArrayList<>();
    CallListener first = recording("first", heard);
    CallListener second = recording("second", heard);

    CallListener both = CallListener.all(first, second);
    both.attemptStarted(new AttemptStarted("GET", "/releases/1", 1));
    both.waiting(
        new Waiting("GET", "/releases/1", 2, Duration.ofSeconds(1), Waiting.Reason.PACING));
    both.callFinished(
        new CallFinished(
            "GET", "/releases/1", 2, Duration.ofSeconds(1), OptionalInt.of(200), Optional.empty()));

    assertThat(heard)
        .containsExactly(
            "first started",
            "second started",
            "first PACING",
            "second PACING",
            "first done",
            "second done");
  }

  @Test
  void noneIgnoresEverything() {
    CallListener.none().attemptStarted(new AttemptStarted("GET", "/", 1));

    assertThat(CallListener.none()).hasToString("CallListener.none()");
  }

  @Test
  void aFinishedCallWithoutFailureSucceeded() {
    CallFinished failed =
        new CallFinished(
            "POST", "/x", 1, Duration.ZERO, OptionalInt.empty(), Optional.of("Timeout"));

    assertThat(failed.succeeded()).isFalse();
  }

  private static CallListener recording(String name, List<String> heard) {
    return new CallListener() {
      @Override
      public void attemptStarted(AttemptStarted event) {
        heard.add(name + " started");
      }

      @Override
      public void waiting(Waiting event) {
        heard.add(name + " " + event.reason());
      }

      @Override
      public void callFinished(CallFinished event) {
        heard.add(name + " done");
      }
    };
  }
}

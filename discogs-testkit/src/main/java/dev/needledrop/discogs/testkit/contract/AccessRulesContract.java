package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.access.CollectionAccess;
import dev.needledrop.discogs.api.access.DatabaseAccess;
import dev.needledrop.discogs.api.access.ImagesAccess;
import dev.needledrop.discogs.api.access.InventoryAccess;
import dev.needledrop.discogs.api.access.ListsAccess;
import dev.needledrop.discogs.api.access.MarketplaceAccess;
import dev.needledrop.discogs.api.access.UsersAccess;
import dev.needledrop.discogs.api.access.WantlistAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of every section's access table, enforced by a whole client before anything is sent:
 * each call is made with no credentials, with a consumer key and secret, and as a user; a call the
 * credentials cannot reach fails with a {@link CredentialsRequiredException} naming it and sends
 * nothing, and a call they reach goes out (whatever the server then answers).
 *
 * <p>A subclass provides a client for each {@link AccessLevel}, the count of requests its server
 * received (empty for a fake without a wire), and an image URL the clients may fetch.
 */
public abstract class AccessRulesContract {

  /** The user every call names. */
  protected static final Username USER = Username.of(StubDiscogsServer.DEFAULT_USERNAME);

  /**
   * Returns a client with credentials of the level: none, a consumer key and secret, or a user's
   * token or OAuth credentials.
   */
  protected abstract Discogs client(AccessLevel level);

  /** Returns how many requests the clients' server received so far; empty for a fake. */
  protected abstract OptionalLong requestsReceived();

  /** Returns an image URL the clients may fetch. */
  protected abstract String imageUrl();

  private Map<AccessRule, Consumer<Discogs>> calls() {
    return PortCalls.forEveryRule(USER, imageUrl());
  }

  @Test
  void hasACallForEveryRowOfEveryTable() {
    List<AccessRule> rows =
        Stream.of(
                DatabaseAccess.values(),
                CollectionAccess.values(),
                WantlistAccess.values(),
                ListsAccess.values(),
                MarketplaceAccess.values(),
                InventoryAccess.values(),
                ImagesAccess.values(),
                UsersAccess.values())
            .flatMap(Arrays::stream)
            .map(AccessRule.class::cast)
            .toList();

    assertThat(calls().keySet()).containsExactlyInAnyOrderElementsOf(rows);
  }

  @TestFactory
  Stream<DynamicTest> refusesEveryCallTheCredentialsCannotReachBeforeSending() {
    return cases(false)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.rule() + " with " + c.level(),
                    () -> {
                      OptionalLong before = requestsReceived();
                      assertThatExceptionOfType(CredentialsRequiredException.class)
                          .isThrownBy(() -> c.call().accept(client(c.level())))
                          .withMessageStartingWith(c.rule().operation() + " needs ")
                          .satisfies(
                              refused ->
                                  assertThat(refused.operation()).isEqualTo(c.rule().operation()));
                      assertThat(requestsReceived()).isEqualTo(before);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> sendsEveryCallTheCredentialsReach() {
    return cases(true)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.rule() + " with " + c.level(),
                    () -> {
                      OptionalLong before = requestsReceived();
                      // Whatever the server answers (404 for made-up ids, 403 for another's
                      // order), the call itself must not be refused on this side.
                      Throwable failure = catchThrowable(() -> c.call().accept(client(c.level())));
                      assertThat(failure instanceof CredentialsRequiredException)
                          .as("refused before sending: %s", failure)
                          .isFalse();
                      if (before.isPresent()) {
                        assertThat(requestsReceived().orElseThrow())
                            .isGreaterThan(before.getAsLong());
                      }
                    }));
  }

  private record Case(AccessRule rule, AccessLevel level, Consumer<Discogs> call) {}

  private Stream<Case> cases(boolean reached) {
    return calls().entrySet().stream()
        .flatMap(
            entry ->
                Arrays.stream(AccessLevel.values())
                    .filter(level -> entry.getKey().requirement().isMetBy(level) == reached)
                    .map(level -> new Case(entry.getKey(), level, entry.getValue())));
  }
}

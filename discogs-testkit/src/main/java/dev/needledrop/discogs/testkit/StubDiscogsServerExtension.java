package dev.needledrop.discogs.testkit;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one {@link StubDiscogsServer} per test class (its {@code @Nested} classes share it), stops
 * it after the class, and before each test drops queued canned answers and faults, recorded
 * requests and applied writes, and the rate-limit counts: the stub's, and what the shared rate
 * limiters of this JVM's clients learnt of it, so that a 429 in one test never holds back the next
 * test's client. The catalogue (and ratings written to it) lasts for the whole class.
 *
 * <p>Register it on a static field, or with {@code @ExtendWith} and a {@link StubDiscogsServer}
 * parameter:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();
 *
 * @Test
 * void readsARelease() {
 *   URI base = stub.baseUrl();
 * }
 * }</pre>
 */
public final class StubDiscogsServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StubDiscogsServerExtension.class);

  private final Consumer<StubDiscogsServer.Builder> settings;
  private volatile StubDiscogsServer server;

  /** Creates an extension with default settings; the constructor {@code @ExtendWith} uses. */
  public StubDiscogsServerExtension() {
    this(builder -> {});
  }

  private StubDiscogsServerExtension(Consumer<StubDiscogsServer.Builder> settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Returns an extension running a server with default settings. */
  public static StubDiscogsServerExtension create() {
    return new StubDiscogsServerExtension();
  }

  /** Returns an extension running a server with the given settings applied to its builder. */
  public static StubDiscogsServerExtension create(Consumer<StubDiscogsServer.Builder> settings) {
    return new StubDiscogsServerExtension(settings);
  }

  /** Returns the running server; available once the test class has started. */
  public StubDiscogsServer server() {
    StubDiscogsServer running = server;
    if (running == null) {
      throw new IllegalStateException(
          "the stub runs only while a test class runs; register the extension on a static field");
    }
    return running;
  }

  /** Returns the running server's base URL. */
  public URI baseUrl() {
    return server().baseUrl();
  }

  /** Returns the running server's catalogue. */
  public StubCatalogue catalogue() {
    return server().catalogue();
  }

  /** Returns the requests the running server received in this test. */
  public List<RecordedRequest> requests() {
    return server().requests();
  }

  /** Queues a canned answer on the running server. */
  public void enqueue(StubResponse response) {
    server().enqueue(response);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = serverFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    StubDiscogsServer running = serverFor(context);
    running.clearEnqueued();
    running.clearFaults();
    running.clearRequests();
    running.clearAppliedWrites();
    running.resetRateLimits();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (outermostClass(context) == context) {
      StubDiscogsServer running =
          context.getStore(NAMESPACE).remove(StubDiscogsServer.class, StubDiscogsServer.class);
      if (running != null) {
        running.close();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType().equals(StubDiscogsServer.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return serverFor(context);
  }

  private StubDiscogsServer serverFor(ExtensionContext context) {
    // The store of the outermost test class closes the server when that class is done.
    return outermostClass(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            StubDiscogsServer.class, type -> startServer(), StubDiscogsServer.class);
  }

  private StubDiscogsServer startServer() {
    StubDiscogsServer.Builder builder = StubDiscogsServer.builder();
    settings.accept(builder);
    return builder.start();
  }

  private static ExtensionContext outermostClass(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
      current = current.getParent().orElseThrow();
    }
    return current;
  }
}

package dev.needledrop.discogs.benchmarks.support;

import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.data.TestCollectionItems;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * Runs a server for the benchmarks in a process of its own, so that its work and its allocations
 * are not counted against the client measured: {@code stub [items]} runs the testkit's stub with a
 * rate limit that never bites and, given a count, a user {@value #STREAMING_USER} holding that many
 * copies in their collection; {@code fixed} records the stub's answer for the release and serves it
 * from a {@link FixedAnswerServer}.
 *
 * <p>It prints {@code listening <base URL>} once ready, answers {@code connections} with {@code
 * connections <accepted> <open>}, and ends when its standard input does.
 */
public final class ServerProcess {

  /** The user whose collection is seeded. */
  public static final String STREAMING_USER = "streaming_user";

  /** The token of {@link #STREAMING_USER}. */
  public static final String STREAMING_TOKEN = "streaming-user-token";

  // High enough that no benchmark ever meets the limit.
  private static final int NO_LIMIT = 100_000_000;

  private ServerProcess() {}

  /** Starts the server the arguments name and serves until standard input ends. */
  public static void main(String[] args) throws Exception {
    String kind = args.length == 0 ? "stub" : args[0];
    if (kind.equals("fixed")) {
      try (FixedAnswerServer server = FixedAnswerServer.start(recordRelease())) {
        serve(server.baseUrl().toString(), server::acceptedConnections, server::openConnections);
      }
    } else {
      int items = args.length > 1 ? Integer.parseInt(args[1]) : 0;
      try (StubDiscogsServer stub = stub(items)) {
        serve(stub.baseUrl().toString(), stub::acceptedConnections, stub::openConnections);
      }
    }
  }

  private static StubDiscogsServer stub(int items) {
    StubDiscogsServer stub =
        StubDiscogsServer.builder()
            .rateLimit(NO_LIMIT, NO_LIMIT, Duration.ofSeconds(60))
            .user(STREAMING_USER, STREAMING_TOKEN)
            .start();
    Username user = Username.of(STREAMING_USER);
    for (int i = 1; i <= items; i++) {
      stub.userData().putCollectionItem(user, TestCollectionItems.item(i, 1_000_000 + i).build());
    }
    return stub;
  }

  private static RecordedAnswer recordRelease() {
    try (StubDiscogsServer stub = stub(0)) {
      RecordedAnswer answer =
          RecordedAnswer.capture(Calls.releaseUrl(stub.baseUrl()), Calls.sdkHeaders());
      if (answer.status() != 200) {
        throw new IllegalStateException("the stub answered " + answer.status());
      }
      return answer;
    }
  }

  private static void serve(String baseUrl, IntSupplier accepted, IntSupplier open)
      throws Exception {
    System.out.println("listening " + baseUrl);
    System.out.flush();
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      if (line.trim().equals("connections")) {
        System.out.println("connections " + accepted.getAsInt() + " " + open.getAsInt());
        System.out.flush();
      }
    }
  }
}

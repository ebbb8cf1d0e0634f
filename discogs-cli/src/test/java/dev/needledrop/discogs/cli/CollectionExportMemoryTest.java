package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.data.TestBasicInformation;
import dev.needledrop.discogs.testkit.data.TestCollectionItems;
import dev.needledrop.discogs.testkit.data.TestParts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports a collection of 10,000 copies at constant memory: the command runs in its own JVM with a
 * 32 MB heap against a stub in this JVM. Each copy carries a note of about 4 KB and eight credited
 * artists, so the collection read into memory takes well over 32 MB (an export that first collects
 * every copy fails here with an OutOfMemoryError), while one page of 100 copies takes well under
 * one. The export can only succeed by streaming page by page to the file.
 */
class CollectionExportMemoryTest {

  private static final int COPIES = 10_000;
  private static final String HEAP = "-Xmx32m";
  private static final String LONG_NOTE =
      "Bought at a fair; the sleeve has a small tear at the top seam, the inner sleeve is a"
          + " replacement, and side B has a light scuff that does not play through. "
          + "0123456789abcdefghijklmnopqrstuvwxyz".repeat(100);

  @TempDir Path directory;

  private StubDiscogsServer server;

  @BeforeEach
  void startAStubHoldingTenThousandCopies() {
    // 100 pages of 100 copies would outrun Discogs' 60 requests a minute.
    server = StubDiscogsServer.builder().rateLimit(1_000, 1_000, Duration.ofSeconds(60)).start();
    UserDataSeeder users = server.userData();
    Username user = Username.of(StubDiscogsServer.DEFAULT_USERNAME);
    users.clearUser(user);
    for (int i = 1; i <= COPIES; i++) {
      users.putCollectionItem(user, copy(i));
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void exportsTenThousandCopiesInAJvmWithA32MegabyteHeap() throws Exception {
    Path file = directory.resolve("collection.csv");

    Run run =
        discogs("--base-url", server.baseUrl().toString(), "collection", "export", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Exported 10000 copies of example_user's collection");
    assertThat(run.err()).contains("exporting 10000/10000 (100%)");
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      assertThat(lines.skip(1).count()).isEqualTo(COPIES);
    }
    assertThat(server.requests())
        .filteredOn(request -> request.path().endsWith("/releases"))
        .hasSize(COPIES / 100);
  }

  private static CollectionItem copy(int i) {
    long release = 50_000_000L + i;
    return TestCollectionItems.item(70_000_000L + i, release)
        .folder(FolderId.UNCATEGORIZED)
        .rating(i % 6)
        .release(
            TestBasicInformation.release(release)
                .title("Title number " + i + " of a long-playing record with a long name")
                .artists(artists(i))
                .genres("Electronic", "Jazz")
                .styles("Techno", "Modal")
                .build())
        .note(3, "Copy " + i + ": " + LONG_NOTE)
        .build();
  }

  private static ArtistCredit[] artists(int i) {
    return IntStream.range(0, 8)
        .mapToObj(n -> TestParts.artist(1_000 + i % 500 + n, "Artist " + (i % 500 + n)))
        .toArray(ArtistCredit[]::new);
  }

  /** What the process printed and how it ended. */
  private record Run(int exitCode, String out, String err) {}

  private static Run discogs(String... args) throws IOException, InterruptedException {
    List<String> command =
        Stream.concat(
                Stream.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    HEAP,
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    DiscogsCli.class.getName()),
                Stream.of(args))
            .toList();
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(Environment.TOKEN, StubDiscogsServer.USER_TOKEN);
    Process process = builder.start();
    CompletableFuture<String> out = drain(process.getInputStream());
    CompletableFuture<String> err = drain(process.getErrorStream());
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the export did not finish within 120 s");
    }
    return new Run(process.exitValue(), out.join(), err.join());
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        });
  }
}

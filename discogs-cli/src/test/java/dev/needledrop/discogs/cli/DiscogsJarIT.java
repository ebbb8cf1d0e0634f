package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executable jar the build makes, run as its own process the way a user runs it: {@code java
 * -jar target/discogs.jar ...}, against its embedded stub only.
 */
class DiscogsJarIT {

  private static final Path JAR = Path.of(System.getProperty("discogs.jar", "target/discogs.jar"));

  /** What a process printed and how it ended. */
  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void theJarWasBuilt() {
    assertThat(JAR).as("the shaded jar made by the package phase").isRegularFile();
  }

  @Test
  void printsAReleaseFromTheEmbeddedStub() throws Exception {
    Run run = discogs("--stub", "release", "249504");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).first().isEqualTo("Rick Astley - Never Gonna Give You Up");
    assertThat(run.out()).contains("RCA - PB 41447", "Tracklist", "Never Gonna Give You Up");
  }

  @Test
  void printsTheSatieTracklistInUtf8() throws Exception {
    Run run = discogs("--stub", "release", "9536040");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Gymnopédie No. 1 (1888/1897)", "  CD 1: Orchestral Works");
  }

  @Test
  void searchesTheEmbeddedStub() throws Exception {
    Run run = discogs("--stub", "search", "nevermind", "--type", "release");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).first().asString().startsWith("TYPE     ID       TITLE");
    assertThat(run.out()).contains("Nirvana - Nevermind").endsWith("page 1 of 1 (3 results)\n");
  }

  @Test
  void listsTheStubUsersCollectionAndWantlist() throws Exception {
    Run collection = discogs("--stub", "collection", "--per-page", "2");
    Run wantlist = discogs("--stub", "wantlist", "--per-page", "2");

    assertThat(collection.exitCode()).isZero();
    assertThat(collection.out()).contains("Burning Desire").endsWith("page 1 of 20 (40 copies)\n");
    assertThat(wantlist.exitCode()).isZero();
    assertThat(wantlist.out()).endsWith("page 1 of 5 (10 releases)\n");
  }

  @Test
  void printsTheJsonDiscogsSent() throws Exception {
    Run run = discogs("--stub", "--json", "release", "249504");

    JsonNode release = new ObjectMapper().readTree(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(release.path("id").asLong()).isEqualTo(249504);
    assertThat(release.path("title").asText()).isEqualTo("Never Gonna Give You Up");
  }

  @Test
  void reportsAnUnknownIdOnOneLineWithExitCodeThree() throws Exception {
    Run run = discogs("--stub", "release", "999999999");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "discogs: release 999999999 not found in the stub's recorded catalogue"
                + " (GET /releases/999999999 answered 404: Release not found.);"
                + " the stub holds releases such as 249504, 9536040, 6895819\n");
  }

  @Test
  void reportsBadArgumentsWithExitCodeTwo() throws Exception {
    Run run = discogs("release", "not-a-number");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void logsRedactedRequestLinesToStandardErrorOnly() throws Exception {
    Run run = discogs("--stub", "-vv", "release", "249504");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("DEBUG GET /releases/249504?curr_abbr=USD -> 200")
        .contains("TRACE > Authorization: ****")
        .doesNotContain("stub-user-token");
    assertThat(run.out()).doesNotContain("DEBUG", "TRACE");
  }

  @Test
  void answersHelpAndVersion() throws Exception {
    Run help = discogs("--help");
    Run version = discogs("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Exit codes:", "DISCOGS_TOKEN");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).contains("User-Agent: NeedledropDiscogsCli/");
  }

  private static Run discogs(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Nothing from the machine running the build may reach the command, a token least of all.
    builder.environment().remove(Environment.TOKEN);
    Process process = builder.start();
    CompletableFuture<String> out = drain(process.getInputStream());
    CompletableFuture<String> err = drain(process.getErrorStream());
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("discogs did not finish within 60 s: " + command);
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

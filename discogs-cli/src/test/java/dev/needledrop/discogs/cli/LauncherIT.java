package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code discogs} launcher at the repository's root, which makes the help's "Try: discogs ..."
 * hints work from a clone: run with {@code sh}, as a user's shell would run it.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
class LauncherIT {

  private static final Path LAUNCHER =
      Path.of(System.getProperty("discogs.launcher", "../discogs"));

  /** What the launcher printed and how it ended; standard error is merged into the output. */
  private record Run(int exitCode, String output) {}

  @Test
  void isAnExecutableFile() {
    assertThat(LAUNCHER).isRegularFile();
    assertThat(Files.isExecutable(LAUNCHER)).isTrue();
  }

  @Test
  void runsTheBuiltJarWithTheGivenArguments() throws Exception {
    Run run = launch(LAUNCHER, "--stub", "release", "249504");

    assertThat(run.exitCode()).isZero();
    assertThat(run.output().lines()).first().isEqualTo("Rick Astley - Never Gonna Give You Up");
  }

  @Test
  void tellsTheUserToBuildFirstWhenTheJarIsMissing(@TempDir Path clone) throws Exception {
    Path copy = Files.copy(LAUNCHER, clone.resolve("discogs"));

    Run run = launch(copy, "--version");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output())
        .contains("discogs-cli/target/discogs.jar is not built yet")
        .contains("./mvnw -B -ntp -DskipTests package");
  }

  private static Run launch(Path launcher, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The same Java as the build, and never a token from the machine running it.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove(Environment.TOKEN);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish within 60 s: " + command);
    }
    return new Run(process.exitValue(), output);
  }
}

package dev.needledrop.discogs.benchmarks;

import dev.needledrop.discogs.benchmarks.support.BareRelease;
import dev.needledrop.discogs.benchmarks.support.RemoteServer;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The wall time of a first call in a fresh JVM, from starting {@code java} to its exit: the CLI's
 * {@code discogs release 249504} against the stub in another process, and with {@code --stub} (the
 * CLI then starts a stub of its own first), against a bare program ({@link BareRelease}) that makes
 * the same request with the JDK's client and reads it with Jackson. Each operation starts one
 * process; start-up work, such as Feign reading its contracts and MapStruct loading mappers, is in
 * the figure.
 *
 * <p>The CLI is run from its shaded jar, {@code discogs-cli/target/discogs.jar} under the working
 * directory unless the system property {@code discogs.cli.jar} names another.
 *
 * <p>Run with {@code java -cp discogs-benchmarks/target/benchmarks.jar
 * dev.needledrop.discogs.benchmarks.Ratios FirstCallBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class FirstCallBenchmark {

  private static final String TITLE = "Never Gonna Give You Up";

  private RemoteServer remote;
  private Path cliJar;

  /** Starts the stub process and finds the CLI's jar. */
  @Setup(Level.Trial)
  public void start() {
    cliJar = Path.of(System.getProperty("discogs.cli.jar", "discogs-cli/target/discogs.jar"));
    if (!Files.isRegularFile(cliJar)) {
      throw new IllegalStateException(
          "no CLI jar at " + cliJar.toAbsolutePath() + ": build it, or set -Ddiscogs.cli.jar");
    }
    remote = RemoteServer.start("stub");
  }

  /** Stops the stub process. */
  @TearDown(Level.Trial)
  public void stop() {
    remote.close();
  }

  /** The CLI in a fresh JVM against the running stub, with the stub user's token. */
  @Benchmark
  public void cliRelease() throws Exception {
    run(
        List.of("-jar", cliJar.toString(), "--base-url", baseUrl(), "release", "249504"),
        StubDiscogsServer.USER_TOKEN);
  }

  /** The CLI in a fresh JVM, starting its own stub first. */
  @Benchmark
  public void cliStubRelease() throws Exception {
    run(List.of("-jar", cliJar.toString(), "--stub", "release", "249504"), null);
  }

  /** The bare program in a fresh JVM against the running stub. */
  @Benchmark
  public void bareRelease() throws Exception {
    run(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            BareRelease.class.getName(),
            baseUrl(),
            StubDiscogsServer.USER_TOKEN),
        null);
  }

  private String baseUrl() {
    return remote.baseUrl().toString();
  }

  private static void run(List<String> arguments, String token)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(RemoteServer.javaExecutable().toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("DISCOGS_TOKEN");
    if (token != null) {
      builder.environment().put("DISCOGS_TOKEN", token);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0 || !output.contains(TITLE)) {
      throw new IllegalStateException("the run failed (exit " + exit + "): " + output);
    }
  }
}

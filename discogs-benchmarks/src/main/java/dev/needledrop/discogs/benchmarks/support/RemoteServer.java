package dev.needledrop.discogs.benchmarks.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link ServerProcess} started from this JVM's class path, and the way to talk to it. */
public final class RemoteServer implements AutoCloseable {

  private final Process process;
  private final BufferedReader answers;
  private final PrintWriter commands;
  private final URI baseUrl;

  private RemoteServer(Process process) throws IOException {
    this.process = process;
    this.answers =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands =
        new PrintWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    this.baseUrl = URI.create(expect("listening"));
  }

  /** Starts a server process with the given arguments and waits until it listens. */
  public static RemoteServer start(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable().toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerProcess.class.getName());
    command.addAll(List.of(arguments));
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      return new RemoteServer(process);
    } catch (IOException cannotStart) {
      throw new UncheckedIOException(cannotStart);
    }
  }

  /** Returns the path of the java command running this JVM. */
  public static Path javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Returns the server's base URL. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Returns how many connections the server accepted since it started. */
  public int acceptedConnections() {
    return connections()[0];
  }

  /** Returns how many client connections are open now. */
  public int openConnections() {
    return connections()[1];
  }

  @Override
  public void close() {
    commands.close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      process.destroy();
    }
  }

  private int[] connections() {
    commands.println("connections");
    try {
      String[] counts = expect("connections").split(" ");
      return new int[] {Integer.parseInt(counts[0]), Integer.parseInt(counts[1])};
    } catch (IOException lost) {
      throw new UncheckedIOException(lost);
    }
  }

  // Skips whatever else the process prints until the line starting with the word.
  private String expect(String word) throws IOException {
    for (String line = answers.readLine(); line != null; line = answers.readLine()) {
      if (line.startsWith(word + " ")) {
        return line.substring(word.length() + 1).trim();
      }
    }
    throw new IOException("the server process ended before saying " + word);
  }
}

package dev.needledrop.discogs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The command's version, filled in by the build, and the User-Agent that names it to Discogs. */
final class Version implements IVersionProvider {

  private static final String RESOURCE = "version.properties";
  private static final String HOME = "https://github.com/needledrop/discogs-java";
  private static final String NUMBER = load();

  /** Returns the version number, such as {@code 0.1.0}. */
  static String number() {
    return NUMBER;
  }

  /** Returns the User-Agent Discogs asks every application to send, naming this one. */
  static String userAgent() {
    return "NeedledropDiscogsCli/" + NUMBER + " +" + HOME;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "discogs " + NUMBER, "User-Agent: " + userAgent(), "Java " + Runtime.version()
    };
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the discogs command's jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}

package dev.needledrop.discogs.feign.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the recorded Discogs responses the testkit ships, as raw bytes. */
public final class Fixtures {

  private static final String ROOT = "/dev/needledrop/discogs/testkit/fixtures/";

  private Fixtures() {}

  /** Returns the bytes of a fixture, such as {@code release/release-249504-....json}. */
  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + ROOT + path + " on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Returns a fixture as a 200 JSON response with rate-limit headers. */
  public static ScriptedResponse ok(String path) {
    return ScriptedResponse.ok(bytes(path));
  }
}

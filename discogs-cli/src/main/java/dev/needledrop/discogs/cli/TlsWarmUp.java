package dev.needledrop.discogs.cli;

import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;

/**
 * Builds the JVM's default TLS context on a background thread as the command starts. The JDK's HTTP
 * client builds it before its first request, even one in the clear, and that loads some five
 * hundred classes; done while the command line is parsed and the SDK set up, it is ready when the
 * client needs it instead of holding the first call up.
 */
final class TlsWarmUp {

  private TlsWarmUp() {}

  /** Starts building the context; returns at once. */
  static void start() {
    Thread warmUp = new Thread(TlsWarmUp::build, "discogs-tls-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  // A failure is left for the HTTP client to meet and report when it builds the context itself.
  private static void build() {
    try {
      SSLContext.getDefault();
    } catch (NoSuchAlgorithmException | RuntimeException leftForTheClient) {
      // Nothing to do: this was only an early start.
    }
  }
}

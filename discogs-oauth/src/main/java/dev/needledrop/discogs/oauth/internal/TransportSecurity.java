package dev.needledrop.discogs.oauth.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Keeps OAuth secrets off plain connections: PLAINTEXT signatures are the secrets themselves, so
 * the flow talks https, or plain http only to a loopback address such as a local stub.
 */
public final class TransportSecurity {

  private TransportSecurity() {}

  /**
   * Returns the URL when secrets may be sent to it.
   *
   * @throws IllegalStateException for a plain http URL to a host that is not a loopback address
   */
  public static URI requireSafe(URI url, String name) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || (scheme.equals("http") && isLoopback(url.getHost()))) {
      return url;
    }
    throw new IllegalStateException(
        name + " must be https, or http to a loopback address; it was " + url);
  }

  // Only literal addresses and "localhost" are resolved, so no name lookup leaves the machine.
  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]")
          && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException notAnAddress) {
      return false;
    }
  }
}

package dev.needledrop.discogs.testkit.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a hand-written HTTP/1.1 request over a socket, for what the JDK client cannot send, such as
 * a request without any User-Agent.
 */
public final class RawHttp {

  private RawHttp() {}

  /** Sends the request head (lines without the final blank line) and returns the raw answer. */
  public static String exchange(int port, String... headLines) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(5000);
      String head = String.join("\r\n", headLines) + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}

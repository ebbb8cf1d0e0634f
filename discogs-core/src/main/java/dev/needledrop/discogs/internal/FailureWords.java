package dev.needledrop.discogs.internal;

import dev.needledrop.discogs.time.Durations;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Says in words where an exchange failed and why, for a person reading the exception: the server's
 * host and port, never the path or the query (which may hold credentials), and the reason the JDK
 * gave, such as "connection refused", rather than the name of its exception class.
 *
 * <p>Not part of the public API: shared by the modules that make HTTP exchanges (the adapter's
 * transport and the OAuth flow), so that their failures read alike.
 */
public final class FailureWords {

  private FailureWords() {}

  /** Returns the host and port the URI names, the scheme's default port when it names none. */
  public static String hostAndPort(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    String host = uri.getHost() == null ? "the server" : uri.getHost();
    return host + ":" + port;
  }

  /** The connection did not open within the connect timeout. */
  public static String connectTimedOut(URI uri, Duration limit) {
    return "could not connect to "
        + hostAndPort(uri)
        + ": timed out after "
        + Durations.words(limit);
  }

  /** No response headers came within the attempt's limit. */
  public static String noResponse(URI uri, Duration limit) {
    return "timed out after "
        + Durations.words(limit)
        + " waiting for a response from "
        + hostAndPort(uri);
  }

  /** The headers came, but not the whole body, within the attempt's limit. */
  public static String incompleteResponse(URI uri, Duration limit) {
    return "timed out after "
        + Durations.words(limit)
        + " before the response from "
        + hostAndPort(uri)
        + " was complete";
  }

  /** Tells whether the failure says that no connection was made, so that nothing was sent. */
  public static boolean neverConnected(IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException
          || cause instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  /** The connection never opened: refused, unknown host, no route. */
  public static String notConnected(URI uri, IOException failure) {
    return "could not connect to " + hostAndPort(uri) + ": " + whyNotConnected(failure);
  }

  /** The request may have gone out, and the answer did not come whole. */
  public static String lost(URI uri, IOException failure) {
    String server = hostAndPort(uri);
    String message = lowerMessages(failure);
    if (message.contains("reset")) {
      return "connection reset by " + server;
    }
    if (endedEarly(failure, message)) {
      return server + " closed the connection before the response was complete";
    }
    return "the exchange with " + server + " failed: " + describe(failure);
  }

  /** Returns the exception's kind and message, without any query a quoted URL may hold. */
  public static String describe(IOException io) {
    String message = io.getMessage();
    String kind = io.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + stripQuery(message);
  }

  private static String whyNotConnected(IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
        return "unknown host";
      }
      if (cause instanceof NoRouteToHostException) {
        return "no route to host";
      }
      // The socket's own words count, not those of a wrapper around it.
      if (cause instanceof ConnectException && !cause.equals(failure)) {
        String refusal = cause.getMessage();
        return refusal == null || refusal.isBlank() || refusal.contains("refused")
            ? "connection refused"
            : stripQuery(refusal.toLowerCase(Locale.ROOT));
      }
    }
    String message = lowerMessages(failure);
    if (message.isEmpty() || message.contains("refused")) {
      return "connection refused";
    }
    return stripQuery(message);
  }

  private static boolean endedEarly(IOException failure, String message) {
    return failure instanceof EOFException
        || failure.getCause() instanceof EOFException
        || message.contains("eof")
        || message.contains("received no bytes")
        || message.contains("closed");
  }

  // The JDK wraps the socket's failure; the words worth showing may be on either.
  private static String lowerMessages(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
        text.append(text.length() == 0 ? "" : "; ").append(cause.getMessage());
      }
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  // An I/O message may quote the URL; its query may hold credentials.
  private static String stripQuery(String message) {
    return message.replaceAll("\\?\\S*", "");
  }
}

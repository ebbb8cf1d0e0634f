package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.auth.RequestSignerProvider;
import dev.needledrop.discogs.feign.internal.http.HttpTransport;
import dev.needledrop.discogs.time.TimeSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a client's stack is built with besides its configuration: the time source waits and
 * deadlines use, the transport requests leave through, and where OAuth signers come from. The
 * {@linkplain #standard() standard} options are what {@code FeignDiscogs} uses; tests replace one.
 *
 * @param time the time source waits and deadlines use
 * @param transport the transport to send through; empty for the JDK's HTTP client, which the stack
 *     then owns and closes
 * @param signers finds the OAuth request signer; the {@link java.util.ServiceLoader} lookup by
 *     default
 */
public record StackOptions(
    TimeSource time,
    Optional<HttpTransport> transport,
    Supplier<Optional<RequestSignerProvider>> signers) {

  /** Creates the options, refusing nulls. */
  public StackOptions {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(signers, "signers");
  }

  /** Returns the options of production: system time, the JDK's client, installed signers. */
  public static StackOptions standard() {
    return new StackOptions(
        TimeSource.system(), Optional.empty(), RequestSignerProvider::installed);
  }

  /** Returns these options waiting with another time source. */
  public StackOptions withTime(TimeSource time) {
    return new StackOptions(time, transport, signers);
  }

  /** Returns these options sending through another transport, which the caller closes. */
  public StackOptions withTransport(HttpTransport transport) {
    return new StackOptions(time, Optional.of(transport), signers);
  }

  /** Returns these options finding OAuth signers elsewhere, such as a signer with a fixed clock. */
  public StackOptions withSigners(Supplier<Optional<RequestSignerProvider>> signers) {
    return new StackOptions(time, transport, signers);
  }
}

package dev.needledrop.discogs.feign.internal;

import feign.Client;
import feign.Contract;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.MethodMetadata;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Target;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the invocation handler of one Feign resource: a call of a plain method ({@link DirectCall})
 * is written and sent here, with the same headers, client, options and codecs Feign would use and
 * its response handled as Feign handles it; every other call goes to Feign's own handler. The
 * metadata comes from the contract Feign reads the resource with, so that it is read once. One
 * instance per resource target; the handler it makes is thread-safe.
 */
final class DirectCalls implements InvocationHandlerFactory {

  private static final Object[] NO_ARGUMENTS = {};

  private final Client client;
  private final Request.Options options;
  private final Decoder decoder;
  private final ErrorDecoder errorDecoder;
  private final Map<String, Collection<String>> headers;
  private final String baseUrl;
  private final RecordingContract contract = new RecordingContract();

  /**
   * Creates the factory for a resource sending through the client with the options, reading answers
   * with the decoders, every request carrying the headers and going to the base URL.
   */
  DirectCalls(
      Client client,
      Request.Options options,
      Decoder decoder,
      ErrorDecoder errorDecoder,
      Map<String, Collection<String>> headers,
      String baseUrl) {
    this.client = Objects.requireNonNull(client, "client");
    this.options = Objects.requireNonNull(options, "options");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** Returns the contract Feign must read the resource with, which keeps what it read. */
  Contract contract() {
    return contract;
  }

  @Override
  @SuppressWarnings("rawtypes") // Feign's interface takes its Target raw.
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler feign = new InvocationHandlerFactory.Default().create(target, dispatch);
    Map<Method, DirectCall> direct = new HashMap<>();
    for (MethodMetadata metadata : contract.read()) {
      DirectCall.of(metadata).ifPresent(call -> direct.put(metadata.method(), call));
    }
    return (proxy, method, arguments) -> {
      DirectCall call = direct.get(method);
      Optional<String> path =
          call == null
              ? Optional.empty()
              : call.target(arguments == null ? NO_ARGUMENTS : arguments);
      return path.isPresent() ? send(call, path.get()) : feign.invoke(proxy, method, arguments);
    };
  }

  private Object send(DirectCall call, String path) throws Exception {
    Request request =
        Request.create(call.method(), baseUrl + path, headers, null, StandardCharsets.UTF_8, null);
    Response response;
    try {
      response = client.execute(request, options);
    } catch (IOException failure) {
      throw executionFailure(request, failure);
    }
    try (response) {
      return answer(call.metadata(), response);
    }
  }

  // As Feign does: a non-2xx answer is the error decoder's exception, a failed read is wrapped.
  private Object answer(MethodMetadata metadata, Response response) throws Exception {
    int status = response.status();
    if (status < 200 || status >= 300) {
      throw errorDecoder.decode(metadata.configKey(), response);
    }
    if (metadata.returnType() == void.class) {
      return null;
    }
    try {
      return decoder.decode(response, metadata.returnType());
    } catch (FeignException failure) {
      throw failure;
    } catch (RuntimeException | IOException failure) {
      throw new DecodeException(status, failure.getMessage(), response.request(), failure);
    }
  }

  private static RetryableException executionFailure(Request request, IOException failure) {
    String message =
        String.format(
            "%s executing %s %s", failure.getMessage(), request.httpMethod(), request.url());
    return new RetryableException(-1, message, request.httpMethod(), failure, (Long) null, request);
  }

  /** Feign's own contract, keeping the metadata of the last resource it read. */
  private static final class RecordingContract implements Contract {

    private final Contract feign = new Contract.Default();
    private volatile List<MethodMetadata> read = List.of();

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
      List<MethodMetadata> metadata = feign.parseAndValidateMetadata(targetType);
      read = List.copyOf(metadata);
      return metadata;
    }

    List<MethodMetadata> read() {
      return read;
    }
  }
}

package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import feign.FeignException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Calls the {@link ProbeResource} of a client and, as the adapter's sections do, lets only the
 * SDK's exceptions out: Feign's wrapping of what its decoders throw is taken off.
 */
public final class Probe {

  private final ProbeResource resource;

  public Probe(FeignDiscogsClient client) {
    this.resource = client.resource(ProbeResource.class);
  }

  public Map<String, Object> get(long id) {
    return call(() -> resource.get(id));
  }

  public Map<String, Object> put(long id, Map<String, Object> body) {
    return call(() -> resource.put(id, body));
  }

  public Map<String, Object> post(Map<String, Object> body) {
    return call(() -> resource.post(body));
  }

  public void delete(long id) {
    call(
        () -> {
          resource.delete(id);
          return null;
        });
  }

  public Map<String, Object> addToFolder(String username, int folder, long release) {
    return call(() -> resource.addToFolder(username, folder, release));
  }

  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (FeignException wrapped) {
      for (Throwable cause = wrapped.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof DiscogsException sdkException) {
          throw sdkException;
        }
      }
      throw wrapped;
    }
  }
}

package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Probe routes for the stub, one per HTTP method, over a small store of JSON items, plus the
 * collection add of case B33: what the fault tests call with every method.
 */
public final class ProbeRoutes {

  private final Map<Long, String> items = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(100);
  private final AtomicLong nextInstance = new AtomicLong(1);

  /** Adds the routes to the stub being built. */
  public StubDiscogsServer.Builder addTo(StubDiscogsServer.Builder builder) {
    return builder
        .route("GET", "/probe/items/{item_id}", (vars, body) -> read(id(vars)))
        .route("PUT", "/probe/items/{item_id}", (vars, body) -> write(id(vars), body, 200))
        .route("POST", "/probe/items", (vars, body) -> write(nextId.incrementAndGet(), body, 201))
        .route("DELETE", "/probe/items/{item_id}", (vars, body) -> delete(id(vars)))
        .route(
            "POST",
            "/users/{username}/collection/folders/{folder_id}/releases/{release_id}",
            (vars, body) -> addInstance(vars));
  }

  /** Stores an item, as if written before the test. */
  public void seed(long id, String json) {
    items.put(id, json);
  }

  /** Returns the stored items. */
  public Map<Long, String> items() {
    return Map.copyOf(items);
  }

  private StubResponse read(long id) {
    String item = items.get(id);
    return item == null
        ? StubResponse.status(404).body("{\"message\": \"The requested resource was not found.\"}")
        : json(200, "{\"id\": " + id + ", \"item\": " + item + "}");
  }

  private StubResponse write(long id, String body, int status) {
    String item = body.isBlank() ? "{}" : body;
    items.put(id, item);
    return json(status, "{\"id\": " + id + ", \"item\": " + item + "}");
  }

  private StubResponse delete(long id) {
    items.remove(id);
    return StubResponse.status(204);
  }

  private StubResponse addInstance(Map<String, String> vars) {
    long instance = nextInstance.getAndIncrement();
    String url =
        "/users/"
            + vars.get("username")
            + "/collection/folders/"
            + vars.get("folder_id")
            + "/releases/"
            + vars.get("release_id")
            + "/instances/"
            + instance;
    return json(201, "{\"instance_id\": " + instance + ", \"resource_url\": \"" + url + "\"}");
  }

  private static StubResponse json(int status, String body) {
    return StubResponse.status(status).header("Content-Type", "application/json").body(body);
  }

  private static long id(Map<String, String> vars) {
    return Long.parseLong(vars.get("item_id"));
  }
}

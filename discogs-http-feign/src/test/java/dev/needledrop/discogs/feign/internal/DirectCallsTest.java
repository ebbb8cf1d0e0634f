package dev.needledrop.discogs.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.internal.resource.CollectionResource;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.feign.internal.resource.InventoryResource;
import dev.needledrop.discogs.feign.internal.resource.ListsResource;
import dev.needledrop.discogs.feign.internal.resource.MarketplaceResource;
import dev.needledrop.discogs.feign.internal.resource.RawResource;
import dev.needledrop.discogs.feign.internal.resource.UsersResource;
import dev.needledrop.discogs.feign.internal.resource.WantlistResource;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A call written without Feign's templates sends exactly what Feign would have sent, and ends
 * exactly as Feign would have ended it: for every method of every resource with plain arguments,
 * under well-formed and awkward values alike (those Feign must handle itself), against a success,
 * an error answer and a body that is not JSON.
 */
class DirectCallsTest {

  private static final List<Class<?>> RESOURCES =
      List.of(
          DatabaseResource.class,
          UsersResource.class,
          CollectionResource.class,
          WantlistResource.class,
          ListsResource.class,
          MarketplaceResource.class,
          InventoryResource.class,
          RawResource.class);

  // Percent-encoded as the adapter encodes them, then values Feign must be left to handle.
  private static final List<String> VALUES =
      Arrays.asList(
          "249504",
          "some%20user",
          "a%2Fb",
          "caf%C3%A9",
          "USD",
          "a b",
          "{x}",
          "",
          "x+y",
          "100%",
          "a&b=c",
          "caf\u00e9",
          null);

  private static final List<Map<String, String>> QUERIES = queries();

  private static final List<Answer> ANSWERS =
      List.of(
          new Answer(200, "{}"),
          new Answer(404, "{\"message\": \"Release not found.\"}"),
          new Answer(200, "<html>a proxy's page</html>"),
          new Answer(204, ""));

  private record Answer(int status, String body) {}

  /** What reached the transport, in a form two requests can be compared by. */
  private record Sent(String method, String url, Map<String, List<String>> headers, String body) {

    static Sent of(Request request) {
      Map<String, List<String>> headers = new TreeMap<>();
      request
          .headers()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      byte[] body = request.body() == null ? new byte[0] : request.body();
      return new Sent(
          request.httpMethod().name(),
          request.url(),
          headers,
          new String(body, StandardCharsets.UTF_8));
    }
  }

  /** How a call ended: the value it returned, or the class and message of what it threw. */
  private record Outcome(Object value, String failure) {}

  static Stream<String> baseUrls() {
    return Stream.of("http://127.0.0.1:9", "http://127.0.0.1:9/discogs/api");
  }

  @ParameterizedTest
  @MethodSource("baseUrls")
  void sendsWhatFeignSendsAndEndsAsFeignEnds(String baseUrl) throws Exception {
    AtomicInteger direct = new AtomicInteger();
    int compared = 0;
    for (Class<?> resource : RESOURCES) {
      for (Method method : resource.getMethods()) {
        if (!hasPlainParameters(method)) {
          continue;
        }
        for (int round = 0; round < VALUES.size(); round++) {
          Object[] arguments = arguments(method, round);
          for (Answer answer : ANSWERS) {
            compareOneCall(baseUrl, resource, method, arguments, answer, direct);
            compared++;
          }
        }
      }
    }

    assertThat(compared).isGreaterThan(1_000);
    // Most calls with well-formed values take the direct way.
    assertThat(direct.get()).isGreaterThan(compared / 4);
  }

  @Test
  void writesTheReleaseCallDirectlyAndLeavesAwkwardValuesToFeign() throws Exception {
    List<Request> sent = new ArrayList<>();
    try (FeignStack stack = stack("http://127.0.0.1:9", answering(new Answer(200, "{}"), sent))) {
      DatabaseResource releases = stack.target(DatabaseResource.class, stack.jsonDecoder());
      call(releases, "release", "249504", "USD");
      call(releases, "release", "249504", "U D");
    }

    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).url()).isEqualTo("http://127.0.0.1:9/releases/249504?curr_abbr=USD");
    // The direct way leaves no template behind; Feign's does.
    assertThat(sent.get(0).requestTemplate()).isNull();
    assertThat(sent.get(1).requestTemplate()).isNotNull();
  }

  private static void compareOneCall(
      String baseUrl,
      Class<?> resource,
      Method method,
      Object[] arguments,
      Answer answer,
      AtomicInteger direct)
      throws Exception {
    List<Request> viaDirect = new ArrayList<>();
    List<Request> viaFeign = new ArrayList<>();
    Outcome directOutcome;
    Outcome feignOutcome;
    try (FeignStack stack = stack(baseUrl, answering(answer, viaDirect))) {
      directOutcome = invoke(stack.target(resource, stack.jsonDecoder()), method, arguments);
    }
    try (FeignStack stack = stack(baseUrl, answering(answer, viaFeign))) {
      Object templated = stack.feignOnly(resource, stack.jsonDecoder());
      feignOutcome = invoke(templated, method, arguments);
    }

    String call = method.getName() + Arrays.toString(arguments) + " answered " + answer;
    assertThat(viaDirect.stream().map(Sent::of).toList())
        .as(call)
        .isEqualTo(viaFeign.stream().map(Sent::of).toList());
    assertThat(directOutcome).as(call).isEqualTo(feignOutcome);
    if (!viaDirect.isEmpty() && viaDirect.get(0).requestTemplate() == null) {
      direct.incrementAndGet();
    }
  }

  private static Outcome invoke(Object target, Method method, Object[] arguments) {
    try {
      Object value = method.invoke(target, arguments);
      return new Outcome(value instanceof Response response ? answered(response) : value, null);
    } catch (InvocationTargetException thrown) {
      Throwable failure = thrown.getCause();
      return new Outcome(null, failure.getClass().getName() + ": " + failure.getMessage());
    } catch (IllegalAccessException unexpected) {
      throw new AssertionError(unexpected);
    }
  }

  // A raw answer handed to the caller is compared by what it says.
  private static String answered(Response response) {
    try (response) {
      byte[] body =
          response.body() == null ? new byte[0] : response.body().asInputStream().readAllBytes();
      return response.status() + " " + new String(body, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static void call(Object target, String name, Object... arguments) throws Exception {
    for (Method method : target.getClass().getInterfaces()[0].getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        invoke(target, method, arguments);
        return;
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static boolean hasPlainParameters(Method method) {
    return Arrays.stream(method.getParameterTypes())
        .allMatch(type -> type == String.class || type == Map.class);
  }

  // Each argument takes a different value of the pools in each round.
  private static Object[] arguments(Method method, int round) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] =
          types[i] == Map.class
              ? QUERIES.get((round + i) % QUERIES.size())
              : VALUES.get((round + 3 * i) % VALUES.size());
    }
    return arguments;
  }

  private static List<Map<String, String>> queries() {
    List<Map<String, String>> queries = new ArrayList<>();
    queries.add(Map.of());
    queries.add(ordered("page", "2", "per_page", "50"));
    queries.add(ordered("sort", "year", "sort_order", "desc"));
    queries.add(ordered("q", "nirvana%20nevermind", "type", "release"));
    queries.add(ordered("q", "a b"));
    queries.add(ordered("curr_abbr", "EUR"));
    queries.add(ordered("page", ""));
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("page", null);
    withNull.put("per_page", "10");
    queries.add(withNull);
    return List.copyOf(queries);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static FeignStack stack(String baseUrl, StackOptions options) {
    DiscogsConfig config =
        DiscogsConfig.builder("NeedledropTests/1.0 +https://example.com/needledrop")
            .baseUrl(baseUrl)
            .credentials(PersonalAccessToken.of("direct-calls-token"))
            .rateLimiter(RateLimiter.unlimited())
            .retryPolicy(RetryPolicy.none())
            .build();
    return FeignStack.create(config, options);
  }

  private static StackOptions answering(Answer answer, List<Request> sent) {
    return StackOptions.standard()
        .withTransport(
            (request, limit) -> {
              sent.add(request);
              byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
              Map<String, Collection<String>> headers =
                  Map.of("Content-Type", List.of(contentType(answer)));
              return Response.builder()
                  .status(answer.status())
                  .reason("")
                  .headers(headers)
                  .request(request)
                  .body(body)
                  .build();
            });
  }

  private static String contentType(Answer answer) {
    return answer.body().startsWith("<") ? "text/html" : "application/json";
  }
}

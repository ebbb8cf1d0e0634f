package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.feign.internal.resource.CollectionResource;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.feign.internal.resource.InventoryResource;
import dev.needledrop.discogs.feign.internal.resource.ListsResource;
import dev.needledrop.discogs.feign.internal.resource.MarketplaceResource;
import dev.needledrop.discogs.feign.internal.resource.UsersResource;
import dev.needledrop.discogs.feign.internal.resource.WantlistResource;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.testkit.contract.PortCalls;
import feign.Param;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path parameter reaches the wire as exactly one segment, through the one encoder ({@code
 * PathSegment}): the resources take it already encoded with slash decoding off, and a username that
 * looks like a path stays a single segment on every endpoint that names a user.
 */
class PathParametersTest {

  private static final List<Class<?>> RESOURCES =
      List.of(
          DatabaseResource.class,
          CollectionResource.class,
          WantlistResource.class,
          ListsResource.class,
          MarketplaceResource.class,
          InventoryResource.class,
          UsersResource.class);

  private static Stream<Method> resourceMethods() {
    return RESOURCES.stream().flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()));
  }

  // Feign deprecates Param.encoded() in favour of its own encoding, which the resources avoid.
  @SuppressWarnings("deprecation")
  @Test
  void everyResourceTakesPathValuesAlreadyEncodedWithSlashDecodingOff() {
    assertThat(resourceMethods().toList())
        .isNotEmpty()
        .allSatisfy(
            method -> {
              RequestLine line = method.getAnnotation(RequestLine.class);
              if (line.value().contains("{")) {
                assertThat(line.decodeSlash()).as(method.toString()).isFalse();
              }
              for (Parameter parameter : method.getParameters()) {
                Param param = parameter.getAnnotation(Param.class);
                if (param != null) {
                  assertThat(param.encoded()).as(method + " " + param.value()).isTrue();
                }
              }
            });
  }

  @Test
  void aUsernameThatLooksLikeAPathStaysOneSegmentOnEveryEndpoint() {
    Username tricky = Username.of("dj a/b?c#d/../e");
    String segment = "dj%20a%2Fb%3Fc%23d%2F..%2Fe";
    Map<AccessRule, Consumer<Discogs>> calls =
        PortCalls.forEveryRule(tricky, "http://127.0.0.1:9/x.jpg");
    List<AccessRule> namingAUser =
        calls.keySet().stream().filter(PathParametersTest::takesAUser).toList();

    try (CaseServer server = CaseServer.start();
        Discogs discogs = TestClients.user(server)) {
      for (AccessRule row : namingAUser) {
        int before = server.requests().size();
        catchThrowable(() -> calls.get(row).accept(discogs));
        List<RecordedRequest> sent = server.requests().subList(before, server.requests().size());

        assertThat(sent)
            .as(row.method())
            .isNotEmpty()
            .allSatisfy(
                request ->
                    assertThat(Arrays.asList(request.rawPath().split("/")))
                        .contains(segment)
                        .doesNotContain("..", "e", "b?c#d"))
            .allSatisfy(request -> assertThat(request.rawQuery()).doesNotContain("c#d"));
      }
    }
    assertThat(namingAUser).hasSizeGreaterThan(20);
  }

  // The port method of the row takes a Username: DatabaseAccess rules DatabaseApi, and so on.
  private static boolean takesAUser(AccessRule row) {
    String port =
        "dev.needledrop.discogs.api." + row.getClass().getSimpleName().replace("Access", "Api");
    try {
      return Arrays.stream(Class.forName(port).getMethods())
          .filter(method -> method.getName().equals(row.method()))
          .anyMatch(method -> Arrays.asList(method.getParameterTypes()).contains(Username.class));
    } catch (ClassNotFoundException missing) {
      throw new IllegalStateException(missing);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void refusesAnOrderIdThatWouldClimbAPathLevelBeforeSending(String id) {
    try (CaseServer server = CaseServer.start();
        Discogs discogs = TestClients.user(server)) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> discogs.marketplace().order(OrderId.of(id)))
          .withMessageContaining("must not be '.' or '..'");
      assertThat(server.requests()).isEmpty();
    }
  }
}

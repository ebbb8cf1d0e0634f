package dev.needledrop.discogs.testkit.internal.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.catalogue.StandardCatalogue;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StandardMarketTest {

  private static final List<String> MARKET_CATEGORIES =
      List.of(
          "inventory",
          "listing",
          "orders",
          "order",
          "order-messages",
          "price-suggestions",
          "marketplace-stats",
          "inventory-exports",
          "inventory-uploads");

  /** Recorded answers to writes, which describe no state to serve. */
  private static final List<String> LEFT_OUT =
      List.of(
          "order/docs-order-1-1-edit-response-example.json",
          "order-messages/docs-order-message-post-example.json");

  private final Market market =
      new Market(Clock.systemUTC(), id -> Optional.empty(), n -> true, n -> "USD", 1);

  @Test
  void loadsEveryMarketFixtureThatDescribesState() throws Exception {
    List<String> onDisk = marketFixtures();

    assertThat(StandardMarket.files())
        .containsExactlyInAnyOrderElementsOf(
            onDisk.stream().filter(file -> !LEFT_OUT.contains(file)).toList());
  }

  @Test
  void holdsTheRecordedListingsOrderMessagesAndJobsConsistently() {
    StandardMarket.load(market);
    Caller seller = Caller.user(StandardMarket.SELLER);
    Caller jobOwner = Caller.user(StandardMarket.JOB_OWNER);

    assertThat(market.inventory(Caller.anonymous(), StandardMarket.SELLER, Params.none()))
        .hasSize(57);
    assertThat(market.orders(seller, Params.none())).hasSize(1);
    assertThat(market.order(seller, "1-1").path("status").asText()).isEqualTo("New Order");
    assertThat(market.orderMessages(seller, "1-1")).hasSize(7);
    assertThat(market.exports(jobOwner))
        .singleElement()
        .satisfies(export -> assertThat(export.path("id").asLong()).isEqualTo(599632));
    assertThat(market.uploads(jobOwner))
        .singleElement()
        .satisfies(upload -> assertThat(upload.path("id").asLong()).isEqualTo(119615));
    assertThat(market.stats(1, Optional.empty()).path("num_for_sale").asInt()).isEqualTo(26);
  }

  private static List<String> marketFixtures() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            StandardMarketTest.class.getClassLoader().getResource(StandardCatalogue.ROOT).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .filter(file -> file.contains("/"))
          .filter(file -> MARKET_CATEGORIES.contains(file.substring(0, file.indexOf('/'))))
          .toList();
    }
  }
}

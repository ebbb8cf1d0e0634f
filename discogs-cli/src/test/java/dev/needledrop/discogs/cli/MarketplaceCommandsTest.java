package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.RecordedRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code discogs listing}, {@code inventory} and {@code orders}, against the testkit's stub. */
class MarketplaceCommandsTest {

  private StubDiscogsServer server;

  @BeforeEach
  void start() {
    server = StubDiscogsServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Cli.Result runAs(String token, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--base-url";
    all[1] = server.baseUrl().toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Cli.run(Map.of(Environment.TOKEN, token), all);
  }

  @Nested
  class Listing {

    @Test
    void printsTheListingWithItsConvertedAndOriginalPrice() {
      Cli.Result result = Cli.run("--stub", "listing", "1265949252");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.outLines())
          .startsWith(
              "Dream Theater - Distant Memories - Live In London (Box, Ltd + 4xLP, Album, Sil +"
                  + " 3xCD, Album)",
              "")
          .contains(
              "  Listing     1265949252 (release 16274231)",
              "  Status      For Sale",
              "  Price       89.34 USD (75.94 EUR)",
              "  Condition   Mint (M), sleeve Mint (M)",
              "  Seller      example_seller (99.8% of 15571 ratings)",
              "Comments");
    }

    @Test
    void showsThePrivateDetailsToTheSellerOnly() {
      Cli.Result seller =
          runAs(StubDiscogsServer.SELLER_TOKEN, "listing", "157624565", "--currency", "EUR");
      Cli.Result other = runAs(StubDiscogsServer.USER_TOKEN, "listing", "157624565");

      assertThat(seller.outLines()).contains("  Weight      239 g");
      assertThat(other.out()).doesNotContain("Weight");
      assertThat(server.requests()).extracting(RecordedRequest::rawQuery).contains("curr_abbr=EUR");
    }

    @Test
    void printsTheJsonAsSent() {
      Cli.Result result = Cli.run("--stub", "--json", "listing", "1265949252");

      assertThat(result.out()).contains("\"value\": 89.34117647058824").endsWith("}\n");
    }

    @Test
    void roundsAPriceAskedForInYenToWholeYen() {
      Cli.Result result = Cli.run("--stub", "listing", "1265949252", "--currency", "JPY");

      assertThat(result.outLines())
          .anyMatch(line -> line.matches("  Price +\\d+ JPY \\(75\\.94 EUR\\)"));
    }

    @Test
    void pointsToTheRecordedListingsWhenOneIsNotFound() {
      Cli.Result result = Cli.run("--stub", "listing", "1");

      assertThat(result.errLines())
          .containsExactly(
              "discogs: listing 1 not found in the stub (GET /marketplace/listings/1 answered 404:"
                  + " The requested resource was not found.);"
                  + " try 'discogs --stub inventory example_seller' to see the recorded listings");
    }

    @Test
    void exitsWithThreeForAnUnknownListingAndTwoForABadId() {
      assertThat(Cli.run("--stub", "listing", "1").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
      Cli.Result bad = Cli.run("--stub", "listing", "abc");
      assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(bad.err()).contains("abc is not a listing id");
    }
  }

  @Nested
  class Inventory {

    @Test
    void printsAPageOfTheSellersListingsAsATable() {
      Cli.Result result =
          Cli.run("--stub", "inventory", "example_seller", "--sort", "price", "--per-page", "3");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines())
          .hasSize(5)
          .first()
          .asString()
          .matches("ID +STATUS +PRICE +CONDITION +RELEASE");
      assertThat(result.outLines().get(1)).contains("For Sale", "2.99 USD", "Max Sedgley - Slowly");
      assertThat(result.outLines()).last().isEqualTo("page 1 of 19 (57 listings)");
    }

    @Test
    void sendsTheStatusSortAndPageUnderTheirDiscogsNames() {
      runAs(
          StubDiscogsServer.SELLER_TOKEN,
          "inventory",
          "example_seller",
          "--status",
          "Draft",
          "--sort",
          "listed",
          "--order",
          "desc",
          "--page",
          "2",
          "--per-page",
          "10");

      RecordedRequest request = server.lastRequest().orElseThrow();
      assertThat(request.path()).isEqualTo("/users/example_seller/inventory");
      assertThat(request.rawQuery())
          .isEqualTo("status=Draft&sort=listed&sort_order=desc&page=2&per_page=10");
    }

    @Test
    void listsTheCallersOwnInventoryWhenNoSellerIsNamed() {
      Cli.Result result = Cli.run("--stub", "inventory");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines()).containsExactly("No listings.", "page 1 of 1 (0 listings)");
    }

    @Test
    void asksDiscogsWhoseTheTokenIsWhenNoSellerIsNamed() {
      Cli.Result result = runAs(StubDiscogsServer.SELLER_TOKEN, "inventory", "--per-page", "1");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines()).last().isEqualTo("page 1 of 57 (57 listings)");
      assertThat(server.requests())
          .extracting(RecordedRequest::path)
          .containsExactly("/oauth/identity", "/users/example_seller/inventory");
    }

    @Test
    void refusesAnUnknownStatusBeforeSendingNamingTheKnownOnes() {
      Cli.Result result = runAs(StubDiscogsServer.USER_TOKEN, "inventory", "--status", "Pending");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: --status must be one of For Sale, Draft, Expired, Sold, Deleted,"
                  + " Suspended, Violation, All, but was 'Pending';"
                  + " see 'discogs inventory --help'");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void matchesAStatusInAnyCaseAndSpacing() {
      runAs(StubDiscogsServer.SELLER_TOKEN, "inventory", "example_seller", "--status", "for  SALE");

      assertThat(server.lastRequest().orElseThrow().rawQuery()).startsWith("status=For%20Sale&");
    }

    @Test
    void listsTheSellersOwnInventoryAsTheStubsSeller() {
      Cli.Result result =
          Cli.run("--stub", "--stub-user", "example_seller", "inventory", "--sort", "location");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines()).last().isEqualTo("page 1 of 2 (57 listings)");
    }

    @Test
    void saysAPagePastTheEndIsPastTheEnd() {
      Cli.Result result = Cli.run("--stub", "inventory", "example_seller", "--page", "4");

      assertThat(result.outLines())
          .containsExactly("page 4 is past the end: the inventory has 2 pages (57 listings)");
    }

    @Test
    void wordsPageErrorsForTheCommandLine() {
      assertThat(Cli.run("--stub", "inventory", "--per-page", "0").errLines())
          .containsExactly(
              "discogs: --per-page must be from 1 to 100, but was 0;"
                  + " see 'discogs inventory --help'");
      assertThat(Cli.run("--stub", "orders", "--page", "-1").errLines())
          .containsExactly(
              "discogs: --page must be 1 or more, but was -1; see 'discogs orders --help'");
    }

    @Test
    void listsTheSortKeysInTheCaseTheHelpShows() {
      assertThat(Cli.run("--stub", "inventory", "--sort", "cost").errLines())
          .singleElement()
          .asString()
          .startsWith(
              "discogs: --sort must be one of listed, price, item, artist, label, catno, audio,"
                  + " status, location, but was 'cost'");
    }

    @Test
    void printsTheJsonAsSent() {
      Cli.Result result =
          Cli.run("--stub", "--json", "inventory", "example_seller", "--per-page", "1");

      assertThat(result.out()).startsWith("{\"pagination\": {\"page\": 1, \"pages\": 57");
    }
  }

  @Nested
  class Orders {

    @Test
    void printsTheSellersOrdersAsATable() {
      Cli.Result result = runAs(StubDiscogsServer.SELLER_TOKEN, "orders");

      assertThat(result.exitCode()).isZero();
      assertThat(result.outLines()).hasSize(3);
      assertThat(result.outLines().get(0)).matches("ID +STATUS +CREATED +BUYER +ITEMS +TOTAL");
      assertThat(result.outLines().get(1))
          .matches("1-1 +New Order +2011-10-21T09:25:17 +example_buyer +1 +42.00 USD");
      assertThat(result.outLines().get(2)).isEqualTo("page 1 of 1 (1 order)");
    }

    @Test
    void saysAPagePastTheEndIsPastTheEnd() {
      Cli.Result result =
          Cli.run("--stub", "--stub-user", "example_seller", "orders", "--page", "2");

      assertThat(result.outLines())
          .containsExactly("page 2 is past the end: the list of orders has 1 page (1 order)");
    }

    @Test
    void refusesAnUnknownStatusBeforeSending() {
      Cli.Result result = Cli.run("--stub", "orders", "--status", "Lost");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("--status must be one of New Order, Buyer Contacted,");
    }

    @Test
    void sendsEveryFilterUnderItsDiscogsName() {
      Cli.Result result =
          runAs(
              StubDiscogsServer.SELLER_TOKEN,
              "orders",
              "--status",
              "Cancelled (Per Buyer's Request)",
              "--created-after",
              "2011-01-01",
              "--created-before",
              "2012-01-01T00:00:00Z",
              "--archived",
              "false",
              "--sort",
              "last_activity",
              "--order",
              "desc");

      assertThat(result.outLines()).containsExactly("No orders.", "page 1 of 1 (0 orders)");
      assertThat(server.lastRequest().orElseThrow().rawQuery())
          .isEqualTo(
              "status=Cancelled%20%28Per%20Buyer%27s%20Request%29"
                  + "&created_after=2011-01-01T00%3A00%3A00Z"
                  + "&created_before=2012-01-01T00%3A00%3A00Z"
                  + "&archived=false&sort=last_activity&sort_order=desc&page=1&per_page=50");
    }

    @Test
    void refusesAnUnreadableDateAsAUsageError() {
      Cli.Result result = Cli.run("--stub", "orders", "--created-after", "yesterday");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("'yesterday' is not a date");
    }

    @Test
    void needsAToken() {
      Cli.Result result = Cli.run("--base-url", server.baseUrl().toString(), "orders");

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.err())
          .contains("orders needs credentials", "listing orders needs a user's");
    }
  }
}

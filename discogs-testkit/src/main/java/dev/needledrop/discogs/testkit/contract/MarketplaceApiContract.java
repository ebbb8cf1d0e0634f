package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.InventorySort;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.OrderQuery;
import dev.needledrop.discogs.api.OrderSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MarketplaceStats;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.NewOrderMessage;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderMessageType;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OrderUpdate;
import dev.needledrop.discogs.model.marketplace.OriginalPrice;
import dev.needledrop.discogs.model.marketplace.PriceSuggestions;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.ExchangeRates;
import dev.needledrop.discogs.testkit.MarketplaceSeeder;
import dev.needledrop.discogs.testkit.data.TestListings;
import dev.needledrop.discogs.testkit.data.TestOrders;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the Marketplace port ({@link MarketplaceApi}), run against every implementation:
 * the in-memory fake, and the HTTP adapter over the stub server.
 *
 * <p>A subclass provides the marketplace called as any named user (with that user's personal token)
 * and anonymously, a {@link MarketplaceSeeder} for listings and orders, and a {@link
 * DatabaseSeeder} for the releases listings are made of, and the users section through which a
 * seller sets the currency they sell in. Every test works as fresh sellers on fresh releases, so
 * the backing store may hold other data and last across tests. Over the stub, register it with
 * {@code StubDiscogsServerExtension}, which resets the rate-limit counts before each test.
 */
public abstract class MarketplaceApiContract {

  private static final AtomicLong IDS = new AtomicLong(910_000_000L);
  private static final AtomicLong USERS = new AtomicLong();

  /** Returns the marketplace called as the user, who has a personal token and may be new. */
  protected abstract MarketplaceApi marketplaceAs(String username);

  /** Returns the marketplace over the same data, called without credentials. */
  protected abstract MarketplaceApi anonymousMarketplace();

  /** Returns the seeder that puts listings and orders where the marketplace reads them. */
  protected abstract MarketplaceSeeder seeder();

  /** Returns the seeder that puts the releases listings are made of. */
  protected abstract DatabaseSeeder releases();

  /**
   * Returns the users section called as the user (who may be new), through which a seller changes
   * the currency they sell in.
   */
  protected abstract UsersApi usersAs(String username);

  /** Makes the user sell in the currency, as a change of the profile's currency setting does. */
  protected void sellIn(String username, Currency currency) {
    usersAs(username)
        .editProfile(Username.of(username), ProfileUpdate.builder().currency(currency).build());
  }

  /** Returns a name no other test of this run uses. */
  protected static String freshUser() {
    return "seller_" + USERS.incrementAndGet();
  }

  /** Returns an id no other test of this run uses. */
  protected static long freshId() {
    return IDS.addAndGet(10);
  }

  /** Seeds a release that can be listed, and returns its id. */
  protected ReleaseId seedRelease() {
    long id = freshId();
    releases().putRelease(TestReleases.release(id).title("Contract Title " + id).build());
    return ReleaseId.of(id);
  }

  private static ListingDraft.Builder draft(ReleaseId release, String price) {
    return ListingDraft.builder(release, MediaCondition.NEAR_MINT, new BigDecimal(price));
  }

  @Nested
  class SellerInventory {

    @Test
    void showsTheSellerEveryListingWithThePrivateFieldsAndOthersOnlyWhatIsForSale() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      MarketplaceApi own = marketplaceAs(seller);
      ListingId forSale = own.createListing(draft(release, "21.00").location("Shelf 3").build());
      ListingId draft =
          own.createListing(draft(release, "18.00").status(ListingStatus.DRAFT).build());

      List<Listing> seen =
          own.inventory(Username.of(seller), InventoryQuery.all(), PageRequest.first()).items();
      List<Listing> public_ =
          anonymousMarketplace()
              .inventory(Username.of(seller), InventoryQuery.all(), PageRequest.first())
              .items();

      assertThat(seen).extracting(Listing::id).containsExactlyInAnyOrder(forSale, draft);
      assertThat(seen)
          .filteredOn(l -> l.id().equals(forSale))
          .singleElement()
          .satisfies(l -> assertThat(l.location()).contains("Shelf 3"));
      assertThat(public_).extracting(Listing::id).containsExactly(forSale);
      assertThat(public_.get(0).location()).isEmpty();
      assertThat(public_.get(0).quantity()).isEmpty();
      assertThat(public_.get(0).inCart()).isEmpty();
    }

    @Test
    void tellsOtherLoggedInUsersWhetherTheItemIsInTheirCart() {
      String seller = freshUser();
      marketplaceAs(seller).createListing(draft(seedRelease(), "5.00").build());

      Listing seen =
          marketplaceAs(freshUser())
              .inventory(Username.of(seller), InventoryQuery.all(), PageRequest.first())
              .items()
              .get(0);

      assertThat(seen.inCart()).contains(false);
      assertThat(seen.externalId()).isEmpty();
    }

    @Test
    void filtersTheSellersListingsByStatus() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      MarketplaceApi own = marketplaceAs(seller);
      own.createListing(draft(release, "21.00").build());
      ListingId draft =
          own.createListing(draft(release, "18.00").status(ListingStatus.DRAFT).build());

      Page<Listing> drafts =
          own.inventory(
              Username.of(seller),
              InventoryQuery.all().withStatus(ListingStatus.DRAFT),
              PageRequest.first());

      assertThat(drafts.items()).extracting(Listing::id).containsExactly(draft);
      assertThat(drafts.items().get(0).status()).isEqualTo(ListingStatus.DRAFT);
    }

    @Test
    void sortsByPriceEitherWay() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      MarketplaceApi own = marketplaceAs(seller);
      own.createListing(draft(release, "12.50").build());
      own.createListing(draft(release, "3.99").build());
      own.createListing(draft(release, "100").build());

      List<Listing> descending =
          own.inventory(
                  Username.of(seller),
                  InventoryQuery.all().sortedBy(Sort.descending(InventorySort.PRICE)),
                  PageRequest.first())
              .items();

      assertThat(descending)
          .extracting(l -> l.price().orElseThrow().amount().toPlainString())
          .containsExactly("100", "12.50", "3.99");
    }

    @Test
    void sortsByPriceComparingAmountsInOneCurrency() {
      // 300 JPY is about 2 US dollars and 4.00 GBP about 5.06: the raw numbers sort the other way.
      String seller = freshUser();
      long release = seedRelease().value();
      Listing yen =
          TestListings.listing(freshId(), seller, release).price("300", Currency.JPY).build();
      Listing dollars =
          TestListings.listing(freshId(), seller, release).price("5.00", Currency.USD).build();
      Listing pounds =
          TestListings.listing(freshId(), seller, release).price("4.00", Currency.GBP).build();
      List.of(yen, dollars, pounds).forEach(seeder()::putListing);

      List<Listing> ascending =
          anonymousMarketplace()
              .inventory(
                  Username.of(seller),
                  InventoryQuery.all().sortedBy(Sort.ascending(InventorySort.PRICE)),
                  PageRequest.first())
              .items();

      assertThat(ascending)
          .extracting(Listing::id)
          .containsExactly(yen.id(), dollars.id(), pounds.id());
    }

    @Test
    void pagesTheInventoryAndStreamsItWhole() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      MarketplaceApi own = marketplaceAs(seller);
      for (String price : List.of("1.00", "2.00", "3.00")) {
        own.createListing(draft(release, price).build());
      }

      Page<Listing> first =
          own.inventory(Username.of(seller), InventoryQuery.all(), PageRequest.of(1, 2));

      assertThat(first.items()).hasSize(2);
      assertThat(first.pagination().pages()).isEqualTo(2);
      assertThat(first.pagination().items()).isEqualTo(3);
      assertThat(own.allInventory(Username.of(seller), InventoryQuery.all())).hasSize(3);
    }

    @Test
    void refusesAStatusFilterDiscogsDoesNotKnowWithItsMessage() {
      String seller = freshUser();
      MarketplaceApi own = marketplaceAs(seller);

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(
              () ->
                  own.inventory(
                      Username.of(seller),
                      InventoryQuery.all().withStatus(ListingStatus.of("Pending")),
                      PageRequest.first()))
          .satisfies(
              error ->
                  assertThat(error.serverMessage())
                      .isEqualTo(
                          "Invalid status: expected one of All, Deleted, Draft, Expired, For Sale,"
                              + " Sold, Suspended, Violation."));
    }

    @Test
    void failsWithNotFoundForAnUnknownSeller() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () ->
                  anonymousMarketplace()
                      .inventory(
                          Username.of(freshUser()), InventoryQuery.all(), PageRequest.first()));
    }
  }

  @Nested
  class ListingLookup {

    @Test
    void returnsTheCreatedListingWithItsExactPriceAndRelease() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      ListingId id =
          marketplaceAs(seller)
              .createListing(
                  draft(release, "21.00")
                      .sleeveCondition(SleeveCondition.GENERIC)
                      .comments("Plays fine.")
                      .allowOffers(true)
                      .build());

      Listing listing = anonymousMarketplace().listing(id);

      assertThat(listing.status()).isEqualTo(ListingStatus.FOR_SALE);
      assertThat(listing.price().orElseThrow().amount().toPlainString()).isEqualTo("21.00");
      assertThat(listing.price().orElseThrow().currency()).isEqualTo(Currency.USD);
      assertThat(listing.originalPrice().orElseThrow().formatted()).isEqualTo("$21.00");
      assertThat(listing.shippingPrice()).isEmpty();
      assertThat(listing.condition()).isEqualTo(MediaCondition.NEAR_MINT);
      assertThat(listing.sleeveCondition()).contains(SleeveCondition.GENERIC);
      assertThat(listing.comments()).isEqualTo("Plays fine.");
      assertThat(listing.allowOffers()).isTrue();
      assertThat(listing.seller().username()).isEqualTo(Username.of(seller));
      assertThat(listing.release().id()).isEqualTo(release);
      assertThat(listing.release().description())
          .isEqualTo("Test Artist - Contract Title " + release + " (Vinyl, LP, Album)");
      assertThat(listing.posted()).isPresent();
    }

    @Test
    void showsADraftToItsSellerOnly() {
      String seller = freshUser();
      ListingId draft =
          marketplaceAs(seller)
              .createListing(draft(seedRelease(), "9.00").status(ListingStatus.DRAFT).build());

      assertThat(marketplaceAs(seller).listing(draft).status()).isEqualTo(ListingStatus.DRAFT);
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> anonymousMarketplace().listing(draft));
    }

    @Test
    void returnsASeededListingAsItWasPut() {
      String seller = freshUser();
      Listing seeded =
          TestListings.listing(freshId(), seller, seedRelease().value())
              .price("4.50", Currency.EUR)
              .build();
      seeder().putListing(seeded);

      Listing read = marketplaceAs(seller).listing(seeded.id());

      assertThat(read).usingRecursiveComparison().ignoringFields("inCart").isEqualTo(seeded);
      assertThat(read.price().orElseThrow().amount().toPlainString()).isEqualTo("4.50");
    }

    @Test
    void pricesTheListingInTheCurrencyAskedForKeepingTheSellersOwnPrice() {
      String seller = freshUser();
      ListingId id = marketplaceAs(seller).createListing(draft(seedRelease(), "21.00").build());

      Listing inEuros = anonymousMarketplace().listing(id, Currency.EUR);

      Money euros = ExchangeRates.convert(Money.of("21.00", Currency.USD), Currency.EUR);
      assertThat(inEuros.price()).contains(euros);
      assertThat(inEuros.sellerPrice()).contains(Money.of("21.00", Currency.USD));
      assertThat(inEuros.originalPrice().orElseThrow().converted().map(OriginalPrice::amount))
          .contains(euros);
      assertThat(anonymousMarketplace().listing(id).price())
          .contains(Money.of("21.00", Currency.USD));
    }

    @Test
    void refusesACurrencyDiscogsDoesNotTradeInBeforeAsking() {
      ListingId id = marketplaceAs(freshUser()).createListing(draft(seedRelease(), "7.00").build());

      assertThatIllegalArgumentException()
          .isThrownBy(() -> anonymousMarketplace().listing(id, Currency.of("XAU")));
    }

    @Test
    void failsWithNotFoundForAnUnknownListing() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> anonymousMarketplace().listing(ListingId.of(freshId())))
          .satisfies(
              e ->
                  assertThat(e.serverMessage()).isEqualTo("The requested resource was not found."));
    }
  }

  @Nested
  class CreateListing {

    @Test
    void givesEachListingItsOwnId() {
      MarketplaceApi own = marketplaceAs(freshUser());
      ReleaseId release = seedRelease();

      ListingId first = own.createListing(draft(release, "1.00").build());
      ListingId second = own.createListing(draft(release, "1.00").build());

      assertThat(first).isNotEqualTo(second);
    }

    @Test
    void pricesTheListingInTheSellersCurrency() {
      String seller = freshUser();
      sellIn(seller, Currency.EUR);

      ListingId id = marketplaceAs(seller).createListing(draft(seedRelease(), "22.50").build());

      Listing listing = anonymousMarketplace().listing(id);
      assertThat(listing.price()).contains(Money.of("22.50", Currency.EUR));
      assertThat(listing.sellerPrice()).contains(Money.of("22.50", Currency.EUR));
      assertThat(listing.originalPrice().orElseThrow().formatted()).isEqualTo("€22.50");
      assertThat(anonymousMarketplace().listing(id, Currency.USD).price())
          .contains(ExchangeRates.convert(Money.of("22.50", Currency.EUR), Currency.USD));
    }

    @Test
    void refusesAPriceWithMoreDecimalsThanTheSellersCurrency() {
      String seller = freshUser();
      sellIn(seller, Currency.JPY);
      ReleaseId release = seedRelease();

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> marketplaceAs(seller).createListing(draft(release, "1200.50").build()))
          .satisfies(
              refused ->
                  assertThat(refused.serverMessage())
                      .startsWith(
                          "Invalid price: expected an amount in whole JPY, but was 1200.5"));
      assertThat(marketplaceAs(seller).createListing(draft(release, "1200").build())).isNotNull();
    }

    @Test
    void refusesASubCentPriceBeforeSending() {
      ListingDraft.Builder subCent = draft(seedRelease(), "22.505");

      assertThatIllegalArgumentException()
          .isThrownBy(subCent::build)
          .withMessageContaining("price must have at most 2 decimals")
          .withMessageContaining("22.505");
    }

    @Test
    void refusesAnonymousCallers() {
      ListingDraft listing = draft(seedRelease(), "1.00").build();

      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousMarketplace().createListing(listing));
    }

    @Test
    void refusesAReleaseThatDoesNotExist() {
      ListingDraft listing = draft(ReleaseId.of(freshId()), "1.00").build();

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> marketplaceAs(freshUser()).createListing(listing));
    }
  }

  @Nested
  class EditListing {

    @Test
    void changesThePriceToTheCentAndKeepsTheRest() {
      String seller = freshUser();
      MarketplaceApi own = marketplaceAs(seller);
      ListingId id = own.createListing(draft(seedRelease(), "21.00").comments("Kept").build());
      Listing before = own.listing(id);

      own.editListing(id, ListingDraft.from(before).price(new BigDecimal("22.50")).build());

      Listing after = own.listing(id);
      assertThat(after.price().orElseThrow().amount().toPlainString()).isEqualTo("22.50");
      assertThat(after.comments()).isEqualTo("Kept");
      assertThat(after.condition()).isEqualTo(before.condition());
    }

    @Test
    void pricesTheNewPriceInTheSellersCurrencyNow() {
      String seller = freshUser();
      MarketplaceApi own = marketplaceAs(seller);
      ListingId id = own.createListing(draft(seedRelease(), "21.00").build());
      sellIn(seller, Currency.GBP);

      own.editListing(
          id, ListingDraft.from(own.listing(id)).price(new BigDecimal("18.00")).build());

      assertThat(own.listing(id).sellerPrice()).contains(Money.of("18.00", Currency.GBP));
    }

    @Test
    void turnsADraftIntoAListingForSale() {
      String seller = freshUser();
      MarketplaceApi own = marketplaceAs(seller);
      ListingId id =
          own.createListing(draft(seedRelease(), "3.00").status(ListingStatus.DRAFT).build());

      own.editListing(
          id, ListingDraft.from(own.listing(id)).status(ListingStatus.FOR_SALE).build());

      assertThat(anonymousMarketplace().listing(id).status()).isEqualTo(ListingStatus.FOR_SALE);
    }

    @Test
    void refusesAnotherSellersListing() {
      ListingId id = marketplaceAs(freshUser()).createListing(draft(seedRelease(), "3.00").build());
      ListingDraft change = draft(seedRelease(), "1.00").build();

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> marketplaceAs(freshUser()).editListing(id, change));
    }

    @Test
    void refusesToEditASoldListing() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      Listing sold =
          TestListings.listing(freshId(), seller, release.value())
              .status(ListingStatus.SOLD)
              .build();
      seeder().putListing(sold);

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(
              () -> marketplaceAs(seller).editListing(sold.id(), draft(release, "5.00").build()));
    }

    @Test
    void failsWithNotFoundForAnUnknownListing() {
      ListingDraft change = draft(seedRelease(), "1.00").build();

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () -> marketplaceAs(freshUser()).editListing(ListingId.of(freshId()), change));
    }
  }

  @Nested
  class DeleteListing {

    @Test
    void removesTheListing() {
      MarketplaceApi own = marketplaceAs(freshUser());
      ListingId id = own.createListing(draft(seedRelease(), "3.00").build());

      own.deleteListing(id);

      assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> own.listing(id));
    }

    @Test
    void refusesAnotherSellersListingAndKeepsIt() {
      ListingId id = marketplaceAs(freshUser()).createListing(draft(seedRelease(), "3.00").build());

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> marketplaceAs(freshUser()).deleteListing(id));
      assertThat(anonymousMarketplace().listing(id).id()).isEqualTo(id);
    }
  }

  @Nested
  class Orders {

    @Test
    void listsOnlyTheSellersOwnOrders() {
      String seller = freshUser();
      Order mine = TestOrders.order(freshId() + "-1", seller).build();
      seeder().putOrder(mine);
      seeder().putOrder(TestOrders.order(freshId() + "-1", freshUser()).build());

      Page<Order> page = marketplaceAs(seller).orders(OrderQuery.all(), PageRequest.first());

      assertThat(page.items()).containsExactly(mine);
    }

    @Test
    void filtersByStatusArchivedAndCreationWindow() {
      String seller = freshUser();
      long base = freshId();
      Order early = TestOrders.order(base + "-1", seller).created("2024-01-01T10:00:00Z").build();
      Order shipped =
          TestOrders.order(base + "-2", seller)
              .created("2024-03-01T10:00:00Z")
              .status(OrderStatus.SHIPPED, List.of(OrderStatus.REFUND_SENT))
              .build();
      Order archived =
          TestOrders.order(base + "-3", seller)
              .created("2024-05-01T10:00:00Z")
              .archived(true)
              .build();
      List.of(early, shipped, archived).forEach(seeder()::putOrder);
      MarketplaceApi own = marketplaceAs(seller);

      assertThat(
              own.orders(OrderQuery.all().withStatus(OrderStatus.SHIPPED), PageRequest.first())
                  .items())
          .containsExactly(shipped);
      assertThat(own.orders(OrderQuery.all().archived(true), PageRequest.first()).items())
          .containsExactly(archived);
      assertThat(
              own.orders(
                      OrderQuery.all()
                          .createdAfter(Instant.parse("2024-02-01T00:00:00Z"))
                          .createdBefore(Instant.parse("2024-04-01T00:00:00Z")),
                      PageRequest.first())
                  .items())
          .containsExactly(shipped);
    }

    @Test
    void sortsByCreationNewestFirst() {
      String seller = freshUser();
      long base = freshId();
      Order older = TestOrders.order(base + "-1", seller).created("2024-01-01T10:00:00Z").build();
      Order newer = TestOrders.order(base + "-2", seller).created("2024-06-01T10:00:00Z").build();
      seeder().putOrder(older);
      seeder().putOrder(newer);

      List<Order> sorted =
          marketplaceAs(seller)
              .orders(
                  OrderQuery.all().sortedBy(Sort.descending(OrderSort.CREATED)),
                  PageRequest.first())
              .items();

      assertThat(sorted).containsExactly(newer, older);
    }

    @Test
    void refusesAnonymousCallers() {
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousMarketplace().orders(OrderQuery.all(), PageRequest.first()));
    }
  }

  @Nested
  class OrderLookup {

    @Test
    void returnsTheSeededOrderWithEveryPart() {
      String seller = freshUser();
      Order seeded = TestOrders.order(freshId() + "-7", seller).build();
      seeder().putOrder(seeded);

      Order read = marketplaceAs(seller).order(seeded.id());

      assertThat(read).isEqualTo(seeded);
      assertThat(read.total().orElseThrow().amount().toPlainString()).isEqualTo("42.00");
    }

    @Test
    void refusesAnotherUsersOrder() {
      Order seeded = TestOrders.order(freshId() + "-1", freshUser()).build();
      seeder().putOrder(seeded);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> marketplaceAs(freshUser()).order(seeded.id()));
    }

    @Test
    void failsWithNotFoundForAnUnknownOrder() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> marketplaceAs(freshUser()).order(OrderId.of(freshId() + "-1")));
    }
  }

  @Nested
  class EditOrder {

    private Order seedOrder(String seller) {
      Order order = TestOrders.order(freshId() + "-1", seller).build();
      seeder().putOrder(order);
      return order;
    }

    @Test
    void movesTheOrderToANextStatusAndRecordsItAsAMessage() {
      String seller = freshUser();
      Order order = seedOrder(seller);
      MarketplaceApi own = marketplaceAs(seller);

      Order moved = own.editOrder(order.id(), OrderUpdate.status(OrderStatus.PAYMENT_RECEIVED));

      assertThat(moved.status()).isEqualTo(OrderStatus.PAYMENT_RECEIVED);
      assertThat(moved.nextStatus()).contains(OrderStatus.SHIPPED);
      assertThat(own.order(order.id())).isEqualTo(moved);
      OrderMessage note = own.orderMessages(order.id(), PageRequest.first()).items().get(0);
      assertThat(note.type()).isEqualTo(OrderMessageType.STATUS);
      assertThat(note.message())
          .isEqualTo("Seller changed status from New Order to Payment Received");
      assertThat(note.statusId()).hasValue(5);
    }

    @Test
    void refusesAStatusTheOrderDoesNotListNextAndChangesNothing() {
      String seller = freshUser();
      Order order =
          TestOrders.order(freshId() + "-1", seller)
              .status(OrderStatus.SHIPPED, List.of(OrderStatus.REFUND_SENT))
              .build();
      seeder().putOrder(order);
      MarketplaceApi own = marketplaceAs(seller);

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> own.editOrder(order.id(), OrderUpdate.status(OrderStatus.NEW_ORDER)))
          .satisfies(
              e ->
                  assertThat(e.serverMessage())
                      .isEqualTo("Invalid status: expected one of Refund Sent."));
      assertThat(own.order(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void neverGoesBackToNewOrder() {
      String seller = freshUser();
      Order order = seedOrder(seller);
      MarketplaceApi own = marketplaceAs(seller);

      Order contacted = own.editOrder(order.id(), OrderUpdate.status(OrderStatus.BUYER_CONTACTED));

      assertThat(order.nextStatus()).contains(OrderStatus.NEW_ORDER);
      assertThat(contacted.nextStatus())
          .doesNotContain(OrderStatus.NEW_ORDER)
          .contains(OrderStatus.INVOICE_SENT, OrderStatus.CANCELLED_NON_PAYING_BUYER);
      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> own.editOrder(order.id(), OrderUpdate.status(OrderStatus.NEW_ORDER)));
    }

    @Test
    void setsTheShippingInvoicingTheBuyer() {
      String seller = freshUser();
      Order order = seedOrder(seller);

      Order invoiced =
          marketplaceAs(seller).editOrder(order.id(), OrderUpdate.shipping(new BigDecimal("5.00")));

      assertThat(invoiced.status()).isEqualTo(OrderStatus.INVOICE_SENT);
      assertThat(invoiced.shipping().orElseThrow().amount())
          .contains(Money.of("5.00", Currency.USD));
      assertThat(invoiced.total()).contains(Money.of("47.00", Currency.USD));
    }

    @Test
    void refusesToChangeTheShippingOfAShippedOrder() {
      String seller = freshUser();
      Order order =
          TestOrders.order(freshId() + "-1", seller)
              .status(OrderStatus.SHIPPED, List.of(OrderStatus.REFUND_SENT))
              .build();
      seeder().putOrder(order);

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(
              () ->
                  marketplaceAs(seller)
                      .editOrder(order.id(), OrderUpdate.shipping(new BigDecimal("5.00"))));
    }

    @Test
    void checksTheNextStatusesBeforeChangingTheStatus() {
      String seller = freshUser();
      Order order =
          TestOrders.order(freshId() + "-1", seller)
              .status(OrderStatus.SHIPPED, List.of(OrderStatus.REFUND_SENT))
              .build();
      seeder().putOrder(order);
      MarketplaceApi own = marketplaceAs(seller);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> own.changeOrderStatus(order.id(), OrderStatus.NEW_ORDER))
          .withMessageContaining("its next statuses are Refund Sent");
      assertThat(own.changeOrderStatus(order.id(), OrderStatus.REFUND_SENT).status())
          .isEqualTo(OrderStatus.REFUND_SENT);
    }

    @Test
    void refusesAnotherUsersOrder() {
      Order order = seedOrder(freshUser());

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () ->
                  marketplaceAs(freshUser())
                      .editOrder(order.id(), OrderUpdate.status(OrderStatus.SHIPPED)));
    }
  }

  @Nested
  class OrderMessages {

    private Order seedOrder(String seller) {
      Order order = TestOrders.order(freshId() + "-1", seller).build();
      seeder().putOrder(order);
      return order;
    }

    @Test
    void addsAMessageAsTheNewestOfTheOrder() {
      String seller = freshUser();
      Order order = seedOrder(seller);
      MarketplaceApi own = marketplaceAs(seller);

      OrderMessage added = own.addOrderMessage(order.id(), NewOrderMessage.text("Thanks!"));

      assertThat(added.message()).isEqualTo("Thanks!");
      assertThat(added.order()).contains(order.id());
      assertThat(added.from().orElseThrow().username()).isEqualTo(Username.of(seller));
      assertThat(own.orderMessages(order.id(), PageRequest.first()).items())
          .first()
          .isEqualTo(added);
    }

    @Test
    void changesTheStatusWithANoteBeforeTheText() {
      String seller = freshUser();
      Order order = seedOrder(seller);
      MarketplaceApi own = marketplaceAs(seller);

      OrderMessage added =
          own.addOrderMessage(
              order.id(),
              NewOrderMessage.statusChange(OrderStatus.INVOICE_SENT, "Invoice attached"));

      assertThat(added.message())
          .isEqualTo("Seller changed status from New Order to Invoice Sent\n\nInvoice attached");
      assertThat(own.order(order.id()).status()).isEqualTo(OrderStatus.INVOICE_SENT);
    }

    @Test
    void listsTheSeededHistoryPageByPage() {
      String seller = freshUser();
      Order order = seedOrder(seller);
      MarketplaceApi own = marketplaceAs(seller);
      for (int i = 1; i <= 3; i++) {
        own.addOrderMessage(order.id(), NewOrderMessage.text("Message " + i));
      }

      Page<OrderMessage> second = own.orderMessages(order.id(), PageRequest.of(2, 2));

      assertThat(second.items()).extracting(OrderMessage::message).containsExactly("Message 1");
      assertThat(own.allOrderMessages(order.id()).map(OrderMessage::message))
          .containsExactly("Message 3", "Message 2", "Message 1");
    }

    @Test
    void refusesAnotherUsersOrder() {
      Order order = seedOrder(freshUser());

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () ->
                  marketplaceAs(freshUser())
                      .addOrderMessage(order.id(), NewOrderMessage.text("x")));
      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () -> marketplaceAs(freshUser()).orderMessages(order.id(), PageRequest.first()));
    }
  }

  @Nested
  class Fees {

    @Test
    void chargesNinePercentRoundedToTheCurrencysSmallestUnit() {
      assertThat(anonymousMarketplace().fee(new BigDecimal("10")))
          .isEqualTo(Money.of("0.90", Currency.USD));
      assertThat(anonymousMarketplace().fee(new BigDecimal("20.50"), Currency.EUR))
          .isEqualTo(Money.of("1.85", Currency.EUR));
      assertThat(anonymousMarketplace().fee(new BigDecimal("1000"), Currency.JPY))
          .isEqualTo(Money.of("90", Currency.JPY));
    }

    @Test
    void refusesANegativePriceBeforeAsking() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> anonymousMarketplace().fee(new BigDecimal("-1")));
    }
  }

  @Nested
  class Suggestions {

    @Test
    void pricesEveryConditionFromTheReleasesLowestPrice() {
      long id = freshId();
      releases().putRelease(TestReleases.release(id).forSale(3, "10", Currency.USD).build());

      PriceSuggestions suggestions = marketplaceAs(freshUser()).priceSuggestions(ReleaseId.of(id));

      assertThat(suggestions.forCondition(MediaCondition.MINT))
          .contains(Money.of("20.00", Currency.USD));
      assertThat(suggestions.forCondition(MediaCondition.POOR))
          .contains(Money.of("1.50", Currency.USD));
      assertThat(suggestions.byCondition()).hasSize(8);
    }

    @Test
    void suggestsNothingForAReleaseNobodySells() {
      ReleaseId release = seedRelease();

      assertThat(marketplaceAs(freshUser()).priceSuggestions(release).isEmpty()).isTrue();
    }

    @Test
    void needsAUser() {
      ReleaseId release = seedRelease();

      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousMarketplace().priceSuggestions(release));
    }
  }

  @Nested
  class Stats {

    @Test
    void countsTheCopiesForSaleAndNamesTheLowestPrice() {
      ReleaseId release = seedRelease();
      MarketplaceApi own = marketplaceAs(freshUser());
      own.createListing(draft(release, "12.50").build());
      own.createListing(draft(release, "10.00").build());
      own.createListing(draft(release, "1.00").status(ListingStatus.DRAFT).build());

      MarketplaceStats stats = anonymousMarketplace().marketplaceStats(release);

      assertThat(stats.numForSale()).hasValue(2);
      assertThat(stats.lowestPrice()).contains(Money.of("10.00", Currency.USD));
      assertThat(stats.blockedFromSale()).contains(false);
    }

    @Test
    void convertsTheLowestPriceToTheCurrencyAskedFor() {
      ReleaseId release = seedRelease();
      marketplaceAs(freshUser()).createListing(draft(release, "10.00").build());

      MarketplaceStats stats = anonymousMarketplace().marketplaceStats(release, Currency.JPY);

      assertThat(stats.lowestPrice())
          .contains(ExchangeRates.convert(Money.of("10.00", Currency.USD), Currency.JPY));
    }

    @Test
    void sendsNoPriceNorCountWhenNothingIsForSale() {
      ReleaseId release = seedRelease();

      MarketplaceStats stats = anonymousMarketplace().marketplaceStats(release, Currency.EUR);

      assertThat(stats.lowestPrice()).isEmpty();
      assertThat(stats.numForSale()).isEmpty();
      assertThat(stats.hasCopiesForSale()).isFalse();
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> anonymousMarketplace().marketplaceStats(ReleaseId.of(freshId())));
    }
  }
}

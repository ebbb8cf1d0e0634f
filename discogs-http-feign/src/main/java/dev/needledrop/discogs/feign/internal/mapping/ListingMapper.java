package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.InventoryPageDto;
import dev.needledrop.discogs.feign.internal.dto.ListingDto;
import dev.needledrop.discogs.feign.internal.dto.ListingReleaseDto;
import dev.needledrop.discogs.feign.internal.dto.MarketplaceStatsDto;
import dev.needledrop.discogs.feign.internal.dto.OriginalPriceDto;
import dev.needledrop.discogs.feign.internal.dto.PriceDto;
import dev.needledrop.discogs.feign.internal.dto.SellerDto;
import dev.needledrop.discogs.feign.internal.dto.SellerStatsDto;
import dev.needledrop.discogs.feign.internal.dto.StatsDto;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingRelease;
import dev.needledrop.discogs.model.marketplace.ListingSeller;
import dev.needledrop.discogs.model.marketplace.MarketplaceStats;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.OriginalPrice;
import dev.needledrop.discogs.model.marketplace.PriceSuggestions;
import dev.needledrop.discogs.model.marketplace.SellerStats;
import dev.needledrop.discogs.paging.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps listings, inventories, marketplace stats and price suggestions. */
@Mapper(
    config = DiscogsMapperConfig.class,
    uses = {CommonMapper.class, MarketWireFormats.class})
public interface ListingMapper extends PageMapping {

  @Mapping(target = "posted", qualifiedByName = "timestamp")
  Listing toListing(ListingDto listing);

  List<Listing> toListings(List<ListingDto> listings);

  @Mapping(target = "year", qualifiedByName = "year")
  ListingRelease toListingRelease(ListingReleaseDto release);

  ListingSeller toSeller(SellerDto seller);

  SellerStats toSellerStats(SellerStatsDto stats);

  MarketplaceStats toStats(MarketplaceStatsDto stats);

  /** Maps a page of an inventory. */
  default Page<Listing> toInventoryPage(InventoryPageDto page) {
    return toPage(page.pagination(), toListings(page.listings()));
  }

  /** Maps the seller's feedback, absent when Discogs sent none. */
  default Optional<SellerStats> toOptionalSellerStats(SellerStatsDto stats) {
    return Optional.ofNullable(toSellerStats(stats));
  }

  /** Maps the release's stats, absent when Discogs sent none. */
  default Optional<ItemStats> toOptionalStats(StatsDto stats) {
    return stats == null ? Optional.empty() : Optional.of(MapperInstances.COMMON.toStats(stats));
  }

  /**
   * Maps a price in the seller's currency and its converted form; an empty object or one without a
   * usable amount reads as absent.
   */
  default Optional<OriginalPrice> toOriginalPrice(OriginalPriceDto price) {
    if (price == null) {
      return Optional.empty();
    }
    Optional<Money> amount = MarketWireFormats.money(price.value(), price.currAbbr());
    return amount.map(
        money ->
            new OriginalPrice(
                money,
                price.currId() == null ? OptionalInt.empty() : OptionalInt.of(price.currId()),
                price.formatted(),
                toOriginalPrice(price.converted())));
  }

  /** Maps the suggestions keyed by condition; entries without a usable price are left out. */
  default PriceSuggestions toSuggestions(Map<String, PriceDto> suggestions) {
    Map<MediaCondition, Money> prices = new LinkedHashMap<>();
    if (suggestions != null) {
      suggestions.forEach(
          (condition, price) ->
              MarketWireFormats.money(price)
                  .ifPresent(money -> prices.put(MediaCondition.of(condition), money)));
    }
    return new PriceSuggestions(prices);
  }
}

package dev.needledrop.discogs.feign.internal.dto;

/** A release's marketplace stats; price and count are null when nothing is for sale. */
public record MarketplaceStatsDto(
    PriceDto lowestPrice, Integer numForSale, Boolean blockedFromSale) {}

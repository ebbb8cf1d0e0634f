package dev.needledrop.discogs.feign.internal.dto;

import java.math.BigDecimal;

/** An order's shipping: cost, currency and method. */
public record OrderShippingDto(BigDecimal value, String currency, String method) {}

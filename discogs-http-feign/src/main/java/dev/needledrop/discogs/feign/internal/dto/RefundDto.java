package dev.needledrop.discogs.feign.internal.dto;

import java.math.BigDecimal;

/** A refund recorded on an order message. */
public record RefundDto(BigDecimal amount, OrderRefDto order) {}

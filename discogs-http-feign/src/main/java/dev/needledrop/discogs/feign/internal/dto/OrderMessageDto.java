package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One order message; which fields are present depends on {@code type}: {@code from} for written
 * messages, {@code actor} and {@code status_id} for status changes, {@code original} and {@code
 * new} for shipping changes, {@code refund} for refunds.
 */
public record OrderMessageDto(
    String type,
    String subject,
    String message,
    String timestamp,
    OrderRefDto order,
    UserRefDto from,
    UserRefDto actor,
    Integer statusId,
    BigDecimal original,
    @JsonProperty("new") BigDecimal newValue,
    RefundDto refund) {}

package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * The JSON body of a listing create or edit. Absent parts are left out, so that an edit leaves them
 * unchanged; {@code weight} and {@code format_quantity} are a number or the text {@code "auto"}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListingBodyDto(
    long releaseId,
    String condition,
    String sleeveCondition,
    @JsonSerialize(using = PlainDecimal.class) BigDecimal price,
    String comments,
    Boolean allowOffers,
    String status,
    String externalId,
    String location,
    Object weight,
    Object formatQuantity) {}

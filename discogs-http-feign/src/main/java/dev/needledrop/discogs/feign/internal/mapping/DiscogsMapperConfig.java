package dev.needledrop.discogs.feign.internal.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * The configuration every mapper of this adapter shares: a target property left unmapped fails the
 * build, and the conversions of Discogs' wire formats are at hand.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = WireFormats.class)
public interface DiscogsMapperConfig {}

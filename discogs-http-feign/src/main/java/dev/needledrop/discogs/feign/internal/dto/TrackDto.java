package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A tracklist entry; index tracks hold their parts in {@code sub_tracks}. */
public record TrackDto(
    String position,
    @JsonProperty("type_") String type,
    String title,
    String duration,
    List<ArtistCreditDto> artists,
    @JsonProperty("extraartists") List<ArtistCreditDto> extraArtists,
    List<TrackDto> subTracks) {}

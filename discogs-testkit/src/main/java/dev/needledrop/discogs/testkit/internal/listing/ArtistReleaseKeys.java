package dev.needledrop.discogs.testkit.internal.listing;

/**
 * What an entry of a discography is sorted by.
 *
 * @param year the year, 0 when unknown
 */
public record ArtistReleaseKeys(int year, String title, String format) {}

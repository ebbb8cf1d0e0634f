package dev.needledrop.discogs.testkit.internal.userdata;

/**
 * What a collection copy or a contribution is sorted by, read the same way from the stub's JSON and
 * from the fakes' records: the first artist's name, the title, the first label's name and catalogue
 * number, the first format's name, the year (0 when unknown), the rating and when it was added (as
 * the raw timestamp text).
 */
public record ItemKeys(
    String artist,
    String title,
    String label,
    String catno,
    String format,
    int year,
    int rating,
    String added) {}

package dev.needledrop.discogs.testkit.internal.userdata;

/** A folder with the number of copies in it; folder 0 counts the whole collection. */
public record FolderCount(long id, String name, int count) {}

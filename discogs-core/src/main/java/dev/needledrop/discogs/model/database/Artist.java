package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Image;
import java.util.List;
import java.util.Objects;

/**
 * An artist: a person, a group or an alias.
 *
 * @param realName the person's real name, empty when unknown or for groups
 * @param profile the biography, with Discogs markup unless another text format was asked for
 * @param members the members, for a group
 * @param groups the groups, for a person
 */
public record Artist(
    ArtistId id,
    String name,
    String realName,
    String profile,
    String uri,
    List<String> urls,
    List<String> nameVariations,
    List<ArtistRef> aliases,
    List<ArtistMembership> members,
    List<ArtistMembership> groups,
    List<Image> images,
    String dataQuality) {

  /** Creates an artist, reading absent parts as empty. */
  public Artist {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
    realName = Values.text(realName);
    profile = Values.text(profile);
    uri = Values.text(uri);
    urls = Values.list(urls);
    nameVariations = Values.list(nameVariations);
    aliases = Values.list(aliases);
    members = Values.list(members);
    groups = Values.list(groups);
    images = Values.list(images);
    dataQuality = Values.text(dataQuality);
  }
}

package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistMembership;
import dev.needledrop.discogs.model.database.ArtistRef;
import java.util.List;

/** Builds {@link Artist} records for tests, with sensible defaults for every part. */
public final class TestArtists {

  private TestArtists() {}

  /** Starts an artist with the id and defaults: a name, a short profile, no relations. */
  public static Builder artist(long id) {
    return new Builder(ArtistId.of(id));
  }

  /** Starts from an existing artist, to change some of its parts. */
  public static Builder from(Artist artist) {
    return new Builder(artist);
  }

  /** Returns a reference to another artist, for aliases and memberships. */
  public static ArtistRef ref(long id, String name) {
    return new ArtistRef(ArtistId.of(id), name, "");
  }

  /** Builds an artist; every setter replaces the value it names. */
  public static final class Builder extends ArtistLikeBuilder<Builder> {

    private final ArtistId id;
    private String realName = "";
    private List<String> nameVariations = List.of();
    private List<ArtistRef> aliases = List.of();
    private List<ArtistMembership> members = List.of();
    private List<ArtistMembership> groups = List.of();

    private Builder(ArtistId id) {
      super(
          "Artist " + id.value(), "A test artist.", "https://www.discogs.com/artist/" + id.value());
      this.id = id;
    }

    private Builder(Artist artist) {
      this(artist.id());
      name = artist.name();
      realName = artist.realName();
      profile = artist.profile();
      uri = artist.uri();
      urls = artist.urls();
      nameVariations = artist.nameVariations();
      aliases = artist.aliases();
      members = artist.members();
      groups = artist.groups();
      images = artist.images();
      dataQuality = artist.dataQuality();
    }

    @Override
    Builder self() {
      return this;
    }

    public Builder realName(String value) {
      realName = value;
      return this;
    }

    public Builder nameVariations(String... values) {
      nameVariations = List.of(values);
      return this;
    }

    public Builder aliases(ArtistRef... values) {
      aliases = List.of(values);
      return this;
    }

    public Builder members(ArtistMembership... values) {
      members = List.of(values);
      return this;
    }

    public Builder groups(ArtistMembership... values) {
      groups = List.of(values);
      return this;
    }

    /** Builds the artist. */
    public Artist build() {
      return new Artist(
          id,
          name,
          realName,
          profile,
          uri,
          urls,
          nameVariations,
          aliases,
          members,
          groups,
          images,
          dataQuality);
    }
  }
}

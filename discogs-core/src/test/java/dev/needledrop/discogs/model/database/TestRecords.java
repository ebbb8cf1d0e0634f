package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test data: records with the given parts and every other part left null, as a decoder would. */
final class TestRecords {

  private TestRecords() {}

  /**
   * Returns a record of the type built with its canonical constructor from the named parts, every
   * other part left null (a primitive one 0 or false), as a decoder leaves what Discogs left out.
   * What the constructor throws comes out as it is.
   */
  static <R extends Record> R recordWith(Class<R> type, Map<String, ?> parts) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] arguments = new Object[components.length];
    Set<String> unused = new HashSet<>(parts.keySet());
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = types[i].isPrimitive() ? Array.get(Array.newInstance(types[i], 1), 0) : null;
      if (unused.remove(components[i].getName())) {
        arguments[i] = parts.get(components[i].getName());
      }
    }
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no part named " + unused);
    }
    return construct(type, types, arguments);
  }

  private static <R> R construct(Class<R> type, Class<?>[] types, Object[] arguments) {
    try {
      return type.getDeclaredConstructor(types).newInstance(arguments);
    } catch (InvocationTargetException thrown) {
      if (thrown.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw new IllegalStateException(thrown.getCause());
    } catch (ReflectiveOperationException unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  static Release releaseWith(List<Track> tracklist, List<ArtistCredit> artists) {
    Map<String, Object> parts = new HashMap<>();
    parts.put("id", ReleaseId.of(9000009));
    parts.put("tracklist", tracklist);
    parts.put("artists", artists);
    return recordWith(Release.class, parts);
  }

  static Release releaseWithOnlyAnId() {
    return releaseWith(null, null);
  }

  static Master masterWith(List<Track> tracklist, List<ArtistCredit> artists) {
    Map<String, Object> parts = new HashMap<>();
    parts.put("id", MasterId.of(96559));
    parts.put("mainRelease", ReleaseId.of(249504));
    parts.put("tracklist", tracklist);
    parts.put("artists", artists);
    return recordWith(Master.class, parts);
  }

  static Track track(String position, String title) {
    return new Track(TrackPosition.of(position), TrackType.TRACK, title, null, null, null, null);
  }

  static Track heading(String title) {
    return new Track(TrackPosition.of(""), TrackType.HEADING, title, null, null, null, null);
  }

  static Track index(String title, Track... subTracks) {
    return new Track(
        TrackPosition.of(""), TrackType.INDEX, title, null, null, null, List.of(subTracks));
  }

  static ArtistCredit credit(String name, String join) {
    return new ArtistCredit(Optional.of(ArtistId.of(1)), name, "", join, "", "", "");
  }

  static ArtistCredit creditAs(String name, String anv, String join) {
    return new ArtistCredit(Optional.of(ArtistId.of(1)), name, anv, join, "", "", "");
  }
}

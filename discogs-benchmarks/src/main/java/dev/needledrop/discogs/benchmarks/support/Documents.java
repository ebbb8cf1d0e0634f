package dev.needledrop.discogs.benchmarks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON documents the decoding benchmarks read: recorded releases and generated ones. */
public final class Documents {

  private static final String FIXTURES = "/dev/needledrop/discogs/testkit/fixtures/";

  /** The largest release recorded: 149 tracklist entries, headings, index tracks and credits. */
  public static final String LARGEST_RELEASE =
      "release/release-9536040-satie-complete-edition-149-entries-index-subtracks.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Documents() {}

  /** Returns a fixture of the testkit, by its path under the fixtures folder. */
  public static byte[] fixture(String path) {
    try (InputStream in = Documents.class.getResourceAsStream(FIXTURES + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /**
   * Returns the largest recorded release with its tracklist repeated up to the given number of
   * entries, each title numbered, so that every entry is a real Discogs shape.
   */
  public static byte[] releaseWithTracks(int tracks) {
    try {
      ObjectNode release = (ObjectNode) MAPPER.readTree(fixture(LARGEST_RELEASE));
      ArrayNode recorded = (ArrayNode) release.get("tracklist");
      ArrayNode tracklist = MAPPER.createArrayNode();
      for (int i = 0; i < tracks; i++) {
        ObjectNode track = (ObjectNode) recorded.get(i % recorded.size()).deepCopy();
        track.put("title", track.path("title").asText() + " #" + (i + 1));
        tracklist.add(track);
      }
      release.set("tracklist", tracklist);
      return MAPPER.writeValueAsBytes(release);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** Returns the number of entries of a release's tracklist, to check a generated one. */
  public static int tracklistSize(byte[] release) throws IOException {
    JsonNode tree = MAPPER.readTree(release);
    return tree.path("tracklist").size();
  }
}

package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.time.Duration;

/** A video linked from a release or master, usually on YouTube. */
public record Video(
    String uri, String title, String description, Duration duration, boolean embed) {

  /** Creates a video, reading absent parts as empty. */
  public Video {
    uri = Values.text(uri);
    title = Values.text(title);
    description = Values.text(description);
    duration = duration == null ? Duration.ZERO : duration;
  }
}

package dev.needledrop.discogs.model.inventory;

import dev.needledrop.discogs.internal.Values;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Discogs reported after processing an upload. Discogs documents it as text (such as {@code
 * "CSV file contains 1 records.<p>Processed 1 records."}); one client reads it as an object. Both
 * are kept: text as {@link #text()}, an object's members as {@link #fields()} (nested values as
 * their JSON text).
 *
 * @param text the report as Discogs wrote it, empty when it sent an object or nothing
 * @param fields the members of an object report, in their order; empty for a text report
 */
public record UploadResults(String text, Map<String, String> fields) {

  /** A report Discogs did not send. */
  public static final UploadResults NONE = new UploadResults("", Map.of());

  /** Creates the report, reading absent parts as empty. */
  public UploadResults {
    text = Values.text(text);
    fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Returns a text report. */
  public static UploadResults ofText(String text) {
    return new UploadResults(text, Map.of());
  }

  /** Tells whether Discogs sent the report as an object. */
  public boolean isStructured() {
    return !fields.isEmpty();
  }

  /** Tells whether Discogs sent no report. */
  public boolean isEmpty() {
    return text.isEmpty() && fields.isEmpty();
  }
}

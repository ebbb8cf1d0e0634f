package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.LabelId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A label, company or series.
 *
 * @param profile the label's description, with Discogs markup unless another format was asked for
 * @param contactInfo the postal and other contact details, as free text
 * @param parentLabel the label this one belongs to, when there is one
 */
public record Label(
    LabelId id,
    String name,
    String profile,
    String contactInfo,
    String uri,
    List<String> urls,
    List<Image> images,
    List<LabelRef> sublabels,
    Optional<LabelRef> parentLabel,
    String dataQuality) {

  /** Creates a label, reading absent parts as empty. */
  public Label {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
    profile = Values.text(profile);
    contactInfo = Values.text(contactInfo);
    uri = Values.text(uri);
    urls = Values.list(urls);
    images = Values.list(images);
    sublabels = Values.list(sublabels);
    parentLabel = Values.optional(parentLabel);
    dataQuality = Values.text(dataQuality);
  }
}

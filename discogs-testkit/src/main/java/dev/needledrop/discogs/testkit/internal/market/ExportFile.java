package dev.needledrop.discogs.testkit.internal.market;

/**
 * A finished export's CSV file, as its download answers it.
 *
 * @param filename the name sent in {@code Content-Disposition}
 */
public record ExportFile(String filename, byte[] content) {

  /** Creates the file, copying the content. */
  public ExportFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}

package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class InflatingInputStreamTest {

  @Test
  void inflatesAGzipBodyAsItIsRead() throws IOException {
    String json = "{\"title\": \"Préludes\"}".repeat(1000);
    var in = new InflatingInputStream(new ByteArrayInputStream(gzip(json)));

    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void readsAnEmptyBodyAsEmptyEvenWhenGzipWasAnnounced() throws IOException {
    var in = new InflatingInputStream(new ByteArrayInputStream(new byte[0]));

    assertThat(in.readAllBytes()).isEmpty();
  }

  @Test
  void failsOnlyWhenReadForABodyThatIsNotGzip() {
    var in =
        new InflatingInputStream(
            new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(in::readAllBytes).isInstanceOf(ZipException.class);
  }

  @Test
  void closesTheSourceEvenWhenNothingWasRead() throws IOException {
    var closed = new boolean[1];
    var source =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    new InflatingInputStream(source).close();

    assertThat(closed[0]).isTrue();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}

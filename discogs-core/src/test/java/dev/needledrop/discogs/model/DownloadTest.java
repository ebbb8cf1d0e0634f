package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.error.TransportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadTest {

  private static final byte[] CSV = "listing_id,price\n1,21.00\n".getBytes(StandardCharsets.UTF_8);

  private final AtomicBoolean closed = new AtomicBoolean();

  private Download download(InputStream body) {
    return Download.builder("GET", "/inventory/export/1/download", body)
        .contentType("text/csv; charset=utf-8")
        .filename(Optional.of("inventory.csv"))
        .contentLength(OptionalLong.of(CSV.length))
        .build();
  }

  private InputStream tracked(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public void close() throws IOException {
        closed.set(true);
        super.close();
      }
    };
  }

  @Test
  void reportsWhatTheServerSaidOfTheBody() {
    Download download = download(tracked(CSV));

    assertThat(download.contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(download.filename()).contains("inventory.csv");
    assertThat(download.contentLength()).hasValue(CSV.length);
  }

  @Test
  void readsTheBodyExactlyAndClosesIt() {
    assertThat(download(tracked(CSV)).readAllBytes()).isEqualTo(CSV);
    assertThat(closed).isTrue();
  }

  @Test
  void copiesTheBodyReportingProgressAndClosesIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> progress = new ArrayList<>();

    long copied = download(tracked(CSV)).copyTo(out, progress::add);

    assertThat(copied).isEqualTo(CSV.length);
    assertThat(out.toByteArray()).isEqualTo(CSV);
    assertThat(progress).last().isEqualTo((long) CSV.length);
    assertThat(closed).isTrue();
  }

  @Test
  void savesTheBodyToAFile(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("export.csv");
    Files.writeString(target, "older and longer content that must be replaced entirely");

    long written = download(tracked(CSV)).saveTo(target);

    assertThat(written).isEqualTo(CSV.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(CSV);
  }

  @Test
  void leavesTheFileAsItWasWhenTheBodyBreaksOff(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("export.csv");
    Files.writeString(target, "the last good export");
    InputStream breaksOff =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            if (sent++ < 10) {
              return 'x';
            }
            throw new IOException("connection reset");
          }
        };

    assertThatThrownBy(() -> download(breaksOff).saveTo(target))
        .isInstanceOf(TransportException.class);

    assertThat(Files.readString(target)).isEqualTo("the last good export");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void reportsABrokenBodyAsATransportFailureNamingTheCall() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    assertThatThrownBy(() -> download(broken).readAllBytes())
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("GET /inventory/export/1/download")
        .hasMessageContaining("reading the downloaded body failed");
  }

  @Test
  void reportsAnUnwritableOutputAsUncheckedIo() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> download(tracked(CSV)).copyTo(full, copied -> {}))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(closed).isTrue();
  }

  @Test
  void closesOnceAndTellsItsCallInItsText() {
    Download download = download(tracked(CSV));
    download.close();
    download.close();

    assertThat(closed).isTrue();
    assertThat(download)
        .hasToString("Download[GET /inventory/export/1/download, text/csv; charset=utf-8]");
  }
}

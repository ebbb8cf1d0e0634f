package dev.needledrop.discogs.model;

import dev.needledrop.discogs.error.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * A body being downloaded, such as an inventory export's CSV file or an image, read as it arrives.
 *
 * <p>The caller owns it and must close it (try-with-resources), which releases the connection. The
 * body is read exactly as sent: never parsed. Not thread-safe.
 */
public final class Download implements AutoCloseable {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final String method;
  private final String path;
  private final String contentType;
  private final Optional<String> filename;
  private final OptionalLong contentLength;
  private final InputStream body;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Download(Builder builder) {
    this.method = Objects.requireNonNull(builder.method, "method");
    this.path = Objects.requireNonNull(builder.path, "path");
    this.contentType = builder.contentType == null ? "" : builder.contentType;
    this.filename = Objects.requireNonNull(builder.filename, "filename");
    this.contentLength = Objects.requireNonNull(builder.contentLength, "contentLength");
    this.body = Objects.requireNonNull(builder.body, "body");
  }

  /** Starts a download of the body received for the call with the given method and path. */
  public static Builder builder(String method, String path, InputStream body) {
    return new Builder(method, path, body);
  }

  /** Returns the body as it arrives; reading it fails with an {@link IOException}. */
  public InputStream body() {
    return body;
  }

  /** Returns the content type the server sent, such as {@code text/csv; charset=utf-8}. */
  public String contentType() {
    return contentType;
  }

  /** Returns the file name the server suggested in {@code Content-Disposition}, if any. */
  public Optional<String> filename() {
    return filename;
  }

  /** Returns the body's length in bytes, when the server announced it. */
  public OptionalLong contentLength() {
    return contentLength;
  }

  /**
   * Copies the rest of the body to the output, telling the listener the bytes copied so far after
   * each chunk, then closes the download (not the output).
   *
   * @return the bytes copied
   * @throws TransportException when the body cannot be read
   * @throws UncheckedIOException when the output cannot be written
   */
  public long copyTo(OutputStream out, LongConsumer progress) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    try {
      byte[] buffer = new byte[BUFFER_BYTES];
      long copied = 0;
      for (int read = read(buffer); read >= 0; read = read(buffer)) {
        write(out, buffer, read);
        copied += read;
        progress.accept(copied);
      }
      return copied;
    } finally {
      close();
    }
  }

  /**
   * Writes the rest of the body to a file, then closes the download. The body goes to a temporary
   * file beside the target, which replaces the target only once the whole body is written: a
   * download that breaks off leaves the target as it was.
   *
   * @return the bytes written
   * @throws TransportException when the body cannot be read
   * @throws UncheckedIOException when the file cannot be written
   */
  public long saveTo(Path target) {
    Objects.requireNonNull(target, "target");
    Path partial = partialFileFor(target);
    try {
      long written;
      try (OutputStream out = Files.newOutputStream(partial)) {
        written = copyTo(out, copied -> {});
      }
      replace(partial, target);
      return written;
    } catch (IOException unwritable) {
      throw new UncheckedIOException("could not write " + target, unwritable);
    } finally {
      close();
      deleteQuietly(partial);
    }
  }

  /**
   * Reads the rest of the body into memory, then closes the download.
   *
   * @throws TransportException when the body cannot be read
   */
  public byte[] readAllBytes() {
    try {
      return body.readAllBytes();
    } catch (IOException unreadable) {
      throw readFailed(unreadable);
    } finally {
      close();
    }
  }

  /** Closes the body, releasing the connection; closing twice does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        body.close();
      } catch (IOException ignoredOnClose) {
        // The body is abandoned either way; a failed close leaves nothing for the caller to do.
      }
    }
  }

  @Override
  public String toString() {
    return "Download[" + method + " " + path + ", " + contentType + "]";
  }

  private static Path partialFileFor(Path target) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null) {
      throw new IllegalArgumentException("target must be a file, but was " + target);
    }
    // Created anew (never an existing file or link), with the permissions a new file gets.
    while (true) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      Path partial = directory.resolve("." + absolute.getFileName() + "." + suffix + ".part");
      try {
        return Files.createFile(partial);
      } catch (FileAlreadyExistsException taken) {
        // Another name is drawn.
      } catch (IOException unwritable) {
        throw new UncheckedIOException("could not write " + target, unwritable);
      }
    }
  }

  // Atomic where the file system allows, so that no reader ever sees half a file.
  private static void replace(Path partial, Path target) throws IOException {
    try {
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException notAtomic) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException ignored) {
      // A leftover temporary file is harmless; the failure that matters was already reported.
    }
  }

  private int read(byte[] buffer) {
    try {
      return body.read(buffer);
    } catch (IOException unreadable) {
      throw readFailed(unreadable);
    }
  }

  private static void write(OutputStream out, byte[] buffer, int length) {
    try {
      out.write(buffer, 0, length);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("could not write the downloaded body", unwritable);
    }
  }

  private TransportException readFailed(IOException cause) {
    return new TransportException(method, path, "reading the downloaded body failed", cause);
  }

  /** Builds a {@link Download}; the content type, file name and length are optional. */
  public static final class Builder {

    private final String method;
    private final String path;
    private final InputStream body;
    private String contentType = "";
    private Optional<String> filename = Optional.empty();
    private OptionalLong contentLength = OptionalLong.empty();

    private Builder(String method, String path, InputStream body) {
      this.method = method;
      this.path = path;
      this.body = body;
    }

    /** Sets the content type the server sent. */
    public Builder contentType(String value) {
      this.contentType = value;
      return this;
    }

    /** Sets the file name the server suggested. */
    public Builder filename(Optional<String> value) {
      this.filename = value;
      return this;
    }

    /** Sets the announced length in bytes. */
    public Builder contentLength(OptionalLong value) {
      this.contentLength = value;
      return this;
    }

    /** Builds the download. */
    public Download build() {
      return new Download(this);
    }
  }
}

package dev.needledrop.discogs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written in full before it replaces its target: the writing goes to a new file beside the
 * target, which {@link #commit()} moves over the target (atomically where the file system can);
 * {@link #close()} without a commit deletes it. A command that fails halfway so leaves the file it
 * was to replace as it was. Not thread-safe.
 */
final class ReplacedFile implements AutoCloseable {

  private final Path target;
  private final Path partial;
  private boolean committed;

  private ReplacedFile(Path target, Path partial) {
    this.target = target;
    this.partial = partial;
  }

  /**
   * Checks that the file can be written before anything is fetched for it: its directory exists and
   * is writable, and it is no directory itself.
   *
   * @return the file
   * @throws IllegalArgumentException saying what is wrong
   */
  static Path checkWritable(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IllegalArgumentException("no directory to write " + file + " in");
    }
    if (!Files.isWritable(directory)) {
      throw new IllegalArgumentException("cannot write " + file + ": its directory is read-only");
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("cannot write " + file + ": it is a directory");
    }
    return file;
  }

  /**
   * Starts replacing the target with a new file beside it.
   *
   * @throws UncheckedIOException when the new file cannot be created
   */
  static ReplacedFile of(Path target) {
    Path absolute = target.toAbsolutePath();
    return new ReplacedFile(target, createBeside(absolute));
  }

  /** Returns the file to write; it replaces the target on {@link #commit()}. */
  Path path() {
    return partial;
  }

  /**
   * Moves the written file over the target.
   *
   * @throws UncheckedIOException when it cannot be moved
   */
  void commit() {
    try {
      try {
        Files.move(
            partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } catch (IOException unmovable) {
      throw new UncheckedIOException(
          "cannot write " + target + ": " + unmovable.getMessage(), unmovable);
    }
  }

  /** Deletes the written file unless it was committed; the target stays as it was. */
  @Override
  public void close() {
    if (!committed) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // A leftover hidden file is harmless; the failure that matters is already reported.
      }
    }
  }

  // A new file (never an existing file or link), with the permissions any new file gets.
  private static Path createBeside(Path target) {
    while (true) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      Path partial = target.resolveSibling("." + target.getFileName() + "." + suffix + ".part");
      try {
        return Files.createFile(partial);
      } catch (FileAlreadyExistsException taken) {
        // Another name is drawn.
      } catch (IOException unwritable) {
        throw new UncheckedIOException(
            "cannot write " + target + ": " + unwritable.getMessage(), unwritable);
      }
    }
  }
}

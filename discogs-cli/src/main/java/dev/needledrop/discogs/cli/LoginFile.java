package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.model.Username;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The file a login is saved in: {@code $XDG_CONFIG_HOME/discogs/credentials}, or {@code
 * ~/.config/discogs/credentials} without XDG_CONFIG_HOME. It is written whole into a new file
 * readable and writable by its owner only (POSIX mode 600, set as the file is created, in a folder
 * of mode 700) and then moved over the old one, so it is never readable by others, not even for a
 * moment, and never half written.
 */
final class LoginFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private LoginFile() {}

  /**
   * Returns where the login is saved for the environment, or empty when it names no configuration
   * folder (neither XDG_CONFIG_HOME nor HOME).
   */
  static Optional<Path> location(Environment environment) {
    Optional<Path> config =
        environment
            .variable(Environment.XDG_CONFIG_HOME)
            .map(Path::of)
            .or(() -> environment.variable(Environment.HOME).map(h -> Path.of(h, ".config")));
    return config.map(folder -> folder.resolve("discogs").resolve("credentials"));
  }

  /**
   * Reads the login saved in the file, if there is one.
   *
   * @throws IllegalStateException when the file exists but does not hold a login; the message names
   *     the file but none of its values
   */
  static Optional<SavedLogin> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties saved = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      saved.load(reader);
      OAuthCredentials credentials =
          new OAuthCredentials(
              saved.getProperty("consumer_key"),
              saved.getProperty("consumer_secret"),
              saved.getProperty("oauth_token"),
              saved.getProperty("oauth_token_secret"),
              SignatureMethod.valueOf(saved.getProperty("signature_method", "PLAINTEXT")));
      return Optional.of(
          new SavedLogin(
              URI.create(saved.getProperty("base_url", "")),
              credentials,
              Username.of(saved.getProperty("username"))));
    } catch (IOException | IllegalArgumentException | NullPointerException unreadable) {
      throw new IllegalStateException(
          "the login saved in "
              + file
              + " cannot be read; run 'discogs logout' and 'discogs login' again");
    }
  }

  /** Saves the login in the file, replacing any other, readable by its owner only. */
  static void write(Path file, SavedLogin login) {
    Path folder = file.toAbsolutePath().getParent();
    try {
      createFolder(folder);
      Path fresh = createOwnerOnly(folder);
      try {
        Files.writeString(fresh, text(login), StandardCharsets.UTF_8);
        Files.move(
            fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(fresh);
      }
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot save the login in " + file, failed);
    }
  }

  /**
   * Tells whether others than its owner may read the file (group or other read permission), which a
   * saved login must never allow; false where the file system has no POSIX permissions.
   */
  static boolean isReadableByOthers(Path file) {
    try {
      Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
      return granted.contains(PosixFilePermission.GROUP_READ)
          || granted.contains(PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException | IOException unknown) {
      return false;
    }
  }

  /** Removes the saved login; returns whether there was one. */
  static boolean delete(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot remove " + file, failed);
    }
  }

  private static void createFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    try {
      if (isPosix(folder.getParent())) {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
      } else {
        Files.createDirectories(folder);
      }
    } catch (FileAlreadyExistsException raced) {
      // Another login made it meanwhile: the folder is there, as wanted.
    }
  }

  // The permissions are part of the creation, so the secret never sits in a readable file.
  private static Path createOwnerOnly(Path folder) throws IOException {
    if (isPosix(folder)) {
      FileAttribute<Set<PosixFilePermission>> ownerOnly =
          PosixFilePermissions.asFileAttribute(OWNER_ONLY);
      return Files.createTempFile(folder, ".credentials-", ".tmp", ownerOnly);
    }
    Path fresh = Files.createTempFile(folder, ".credentials-", ".tmp");
    File file = fresh.toFile();
    boolean restricted =
        file.setReadable(false, false)
            && file.setReadable(true, true)
            && file.setWritable(false, false)
            && file.setWritable(true, true);
    if (!restricted) {
      Files.delete(fresh);
      throw new IOException("cannot make the file readable by its owner only");
    }
    return fresh;
  }

  private static boolean isPosix(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static String text(SavedLogin login) {
    Properties saved = new Properties();
    saved.setProperty("base_url", login.baseUrl().toString());
    saved.setProperty("username", login.user().value());
    saved.setProperty("consumer_key", login.credentials().consumerKey());
    saved.setProperty("consumer_secret", login.credentials().consumerSecret());
    saved.setProperty("oauth_token", login.credentials().token());
    saved.setProperty("oauth_token_secret", login.credentials().tokenSecret());
    saved.setProperty("signature_method", login.credentials().signatureMethod().name());
    StringWriter text = new StringWriter();
    try {
      saved.store(text, "discogs login: OAuth access for " + login.user() + "; keep it private");
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return text.toString();
  }
}

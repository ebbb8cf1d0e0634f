package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.error.NotFoundException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a 404 says was not found, read from the path of the call and Discogs' message: the path
 * names each object it goes through ({@code /users/u/wants/1} names user u and release 1), and the
 * message may name the kind that is missing ({@code Release not found.}); without one, the last
 * object of the path is.
 *
 * @param kind what was not found
 * @param id its id or name
 * @param owner the user whose data it is part of, or empty
 */
record Missing(Kind kind, String id, String owner) {

  /** Ids of the stub's recorded catalogue, named when an id is not found there. */
  static final Map<Kind, List<String>> STUB_EXAMPLES =
      Map.of(
          Kind.RELEASE, List.of("249504", "9536040", "6895819"),
          Kind.MASTER, List.of("52086", "718441"),
          Kind.ARTIST, List.of("45", "260935"),
          Kind.LABEL, List.of("1", "3456"));

  /** The kinds of objects a path names. */
  enum Kind {
    USER,
    FOLDER,
    RELEASE,
    WANT,
    COPY,
    FIELD,
    MASTER,
    ARTIST,
    LABEL,
    LISTING,
    ORDER,
    EXPORT,
    UPLOAD,
    LIST;

    boolean isDatabase() {
      return this == RELEASE || this == MASTER || this == ARTIST || this == LABEL;
    }
  }

  /** Returns what the 404 says was not found, when its path names anything. */
  static Optional<Missing> of(NotFoundException notFound) {
    List<Missing> named = named(segments(notFound.path()));
    if (named.isEmpty()) {
      return Optional.empty();
    }
    Optional<Kind> said = kindIn(notFound.serverMessage());
    for (int i = named.size() - 1; i >= 0; i--) {
      Missing candidate = named.get(i);
      if (said.isPresent() && candidate.isOfKind(said.get())) {
        return Optional.of(said.get() == Kind.RELEASE ? candidate.asRelease() : candidate);
      }
    }
    return Optional.of(named.get(named.size() - 1));
  }

  /** Returns the object in words, such as {@code folder 999 of example_user's collection}. */
  String describe() {
    return switch (kind) {
      case USER -> "user " + id;
      case FOLDER -> "folder " + id + " of " + owner + "'s collection";
      case WANT -> "release " + id + " on " + owner + "'s wantlist";
      case COPY -> "copy " + id + " in " + owner + "'s collection";
      case FIELD -> "custom field " + id + " of " + owner + "'s collection";
      default -> kind.name().toLowerCase(Locale.ROOT) + " " + id;
    };
  }

  /** Returns a hint on where to find what there is, for the stub or Discogs; empty for none. */
  String hint(boolean stub) {
    String discogs = stub ? "discogs --stub " : "discogs ";
    return switch (kind) {
      case FOLDER -> "'" + discogs + "collection folders " + owner + "' lists the folders";
      case WANT -> "'" + discogs + "wantlist " + owner + "' lists the releases wanted";
      case COPY -> "'" + discogs + "collection " + owner + "' lists the copies";
      case RELEASE, MASTER, ARTIST, LABEL -> searchHint(stub);
      case LISTING ->
          stub
              ? "try 'discogs --stub inventory example_seller' to see the recorded listings"
              : "'discogs inventory SELLER' lists a seller's listings for sale";
      case ORDER ->
          stub
              ? "try 'discogs --stub --stub-user example_seller orders' to see the recorded order"
              : "'discogs orders' lists the orders you sold";
      case USER -> stub ? "the stub knows example_user, example_seller and other_user" : "";
      default -> "";
    };
  }

  // The stub's search answers with recorded hits it mostly does not hold, so it names ids it does.
  private String searchHint(boolean stub) {
    String type = kind.name().toLowerCase(Locale.ROOT);
    return stub
        ? "the stub holds " + type + "s such as " + String.join(", ", STUB_EXAMPLES.get(kind))
        : "'discogs search --type " + type + " TEXT' finds ids";
  }

  private boolean isOfKind(Kind said) {
    return kind == said || (said == Kind.RELEASE && kind == Kind.WANT);
  }

  // "Release not found." for /users/u/wants/1: the release itself is missing, not only the want.
  private Missing asRelease() {
    return new Missing(Kind.RELEASE, id, "");
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(decoded(segment));
      }
    }
    return segments;
  }

  // A '+' in a path is a plus, not a space; a malformed escape is shown as sent.
  private static String decoded(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return segment;
    }
  }

  // Each collection segment followed by an id names an object; folders 0 and 1 are in every
  // collection, so they are never the one missing.
  private static List<Missing> named(List<String> segments) {
    List<Missing> named = new ArrayList<>();
    String owner = "";
    for (int i = 0; i + 1 < segments.size(); i++) {
      String id = segments.get(i + 1);
      Optional<Kind> kind = kindOf(segments.get(i), id, owner);
      if (kind.isPresent()) {
        owner = kind.get() == Kind.USER ? id : owner;
        if (!(kind.get() == Kind.FOLDER && (id.equals("0") || id.equals("1")))) {
          named.add(new Missing(kind.get(), id, owner));
        }
      }
    }
    return named;
  }

  private static Optional<Kind> kindOf(String segment, String id, String owner) {
    boolean number = id.matches("\\d+");
    Kind kind =
        switch (segment) {
          case "users", "rating" -> Kind.USER;
          case "folders" -> Kind.FOLDER;
          case "releases", "stats", "price_suggestions" -> number ? Kind.RELEASE : null;
          case "wants" -> Kind.WANT;
          case "instances" -> Kind.COPY;
          case "fields" -> owner.isEmpty() ? null : Kind.FIELD;
          case "masters" -> Kind.MASTER;
          case "artists" -> Kind.ARTIST;
          case "labels" -> Kind.LABEL;
          case "listings" -> Kind.LISTING;
          case "orders" -> Kind.ORDER;
          case "export" -> number ? Kind.EXPORT : null;
          case "upload" -> number ? Kind.UPLOAD : null;
          case "lists" -> number ? Kind.LIST : null;
          default -> null;
        };
    return Optional.ofNullable(kind);
  }

  // Discogs names the kind in some messages ("Release not found.", "Master Release not found.",
  // "User does not exist or may have been deleted."); "The requested resource was not found."
  // names none.
  private static Optional<Kind> kindIn(String message) {
    String text = message.strip().toLowerCase(Locale.ROOT);
    if (text.startsWith("master")) {
      return Optional.of(Kind.MASTER);
    }
    for (Kind kind : Kind.values()) {
      if (text.startsWith(kind.name().toLowerCase(Locale.ROOT) + " ")) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

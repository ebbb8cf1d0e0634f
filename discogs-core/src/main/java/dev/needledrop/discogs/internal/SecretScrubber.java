package dev.needledrop.discogs.internal;

import dev.needledrop.discogs.auth.Anonymous;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hides credentials in text a server sent back before that text reaches an exception message: a
 * server or proxy may echo the request's {@code Authorization} header, its query or an OAuth
 * signature base string in an error page. Immutable and thread-safe.
 *
 * <p>Not part of the public API. Every place that quotes a response body or a server's message into
 * an exception runs the text through the scrubber of the configured credentials. It hides each
 * secret value in every form it travels in (as is, percent-encoded once or twice, form-encoded),
 * the PLAINTEXT OAuth signature built from the secrets, and the value of every echoed credential
 * parameter ({@code token=}, {@code secret=}, {@code key=}, {@code oauth_*}) whatever that value
 * is, so that credentials the scrubber was not told about are hidden too.
 */
public final class SecretScrubber {

  /** What stands in for a hidden value. */
  public static final String HIDDEN = "****";

  private static final SecretScrubber NONE = new SecretScrubber(List.of());

  // An echoed parameter whatever its value: name=value, name="value", and for OAuth's own names
  // also the JSON-ish "name": "value". The value ends at a quote, separator or space.
  private static final Pattern ECHOED_PARAMETER =
      Pattern.compile(
          "(?i)((?:\\boauth_(?:signature|verifier|token_secret|token|consumer_key)\"?\\s*[=:]"
              + "|\\b(?:token|secret|key)\\s*=)\\s*\"?)[^\"&,;\\s<>]+");

  private final List<String> forms;

  private SecretScrubber(List<String> forms) {
    this.forms = forms;
  }

  /** Returns a scrubber that knows no secret value but still hides echoed parameters. */
  public static SecretScrubber none() {
    return NONE;
  }

  /** Returns the scrubber of the credentials' secret values: tokens, keys, secrets, signature. */
  public static SecretScrubber of(Credentials credentials) {
    return hiding(secretsOf(Objects.requireNonNull(credentials, "credentials")));
  }

  /** Returns a scrubber hiding the given values in every form; blank values are ignored. */
  public static SecretScrubber hiding(Collection<String> sensitiveValues) {
    Set<String> forms = new LinkedHashSet<>();
    for (String value : sensitiveValues) {
      if (value != null && !value.isBlank()) {
        forms.addAll(formsOf(value));
      }
    }
    // Longest first, so that a value containing another is hidden whole.
    return new SecretScrubber(
        forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
  }

  /** Returns the text with every known secret and every echoed credential parameter hidden. */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String scrubbed = text;
    for (String form : forms) {
      scrubbed = scrubbed.replace(form, HIDDEN);
    }
    return ECHOED_PARAMETER.matcher(scrubbed).replaceAll("$1" + HIDDEN);
  }

  private static List<String> secretsOf(Credentials credentials) {
    if (credentials instanceof PersonalAccessToken token) {
      return List.of(token.token());
    }
    if (credentials instanceof ConsumerCredentials consumer) {
      return List.of(consumer.key(), consumer.secret(), plaintextSignature(consumer.secret(), ""));
    }
    if (credentials instanceof OAuthCredentials oauth) {
      return List.of(
          oauth.consumerKey(),
          oauth.consumerSecret(),
          oauth.token(),
          oauth.tokenSecret(),
          plaintextSignature(oauth.consumerSecret(), oauth.tokenSecret()));
    }
    if (credentials instanceof Anonymous) {
      return List.of();
    }
    throw new IllegalArgumentException("unknown kind of credentials: " + credentials.getClass());
  }

  // OAuth 1.0a PLAINTEXT: the encoded consumer secret, '&', the encoded token secret.
  private static String plaintextSignature(String consumerSecret, String tokenSecret) {
    return percentEncoded(consumerSecret) + "&" + percentEncoded(tokenSecret);
  }

  // A value may come back as sent, percent-encoded once (a header) or twice (a signature base
  // string), or form-encoded (a query or form).
  private static List<String> formsOf(String value) {
    String once = percentEncoded(value);
    return List.of(
        value, once, percentEncoded(once), URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  // RFC 3986 unreserved characters stay; everything else is %XX of its UTF-8 bytes.
  private static String percentEncoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  @Override
  public String toString() {
    return "SecretScrubber[" + forms.size() + " forms]";
  }
}

package dev.needledrop.discogs.oauth.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes credentials from text that came back from the server before it reaches an exception: an
 * OAuth server may echo the request's header, signature base string or parameters in its error
 * body. Immutable.
 */
public final class Scrubber {

  private static final String HIDDEN = "****";

  // Catches echoed protocol parameters whatever their value: name=value, name="value", "name": "v".
  private static final Pattern OAUTH_PARAMETER =
      Pattern.compile(
          "(?i)(oauth_(?:signature|verifier|token_secret|token|consumer_key)\"?\\s*[=:]\\s*\"?)"
              + "[^\"&,\\s]+");

  private final List<String> forms;

  private Scrubber(List<String> forms) {
    this.forms = forms;
  }

  /** Returns a scrubber for the given sensitive values; blank values are ignored. */
  public static Scrubber hiding(Collection<String> sensitiveValues) {
    Set<String> forms = new LinkedHashSet<>();
    sensitiveValues.stream()
        .filter(value -> !value.isBlank())
        .forEach(v -> forms.addAll(formsOf(v)));
    return new Scrubber(
        forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
  }

  /** Returns the text with every sensitive value and every echoed OAuth parameter hidden. */
  public String scrub(String text) {
    String scrubbed = text;
    for (String form : forms) {
      scrubbed = scrubbed.replace(form, HIDDEN);
    }
    return OAUTH_PARAMETER.matcher(scrubbed).replaceAll("$1" + HIDDEN);
  }

  // A value may come back as sent, percent-encoded once (header) or twice (base string), or
  // form-encoded; each form is hidden.
  private static List<String> formsOf(String value) {
    String encoded = PercentEncoding.encode(value);
    return List.of(
        value,
        encoded,
        PercentEncoding.encode(encoded),
        URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Scrubber[" + forms.size() + " forms]";
  }
}

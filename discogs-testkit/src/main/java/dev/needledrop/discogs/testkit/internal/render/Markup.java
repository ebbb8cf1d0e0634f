package dev.needledrop.discogs.testkit.internal.render;

import dev.needledrop.discogs.testkit.internal.http.MediaFlavour;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Discogs markup in free text for the flavour asked for: left as is for {@code discogs},
 * stripped to plain text for {@code plaintext}, turned into simple HTML for {@code html}.
 *
 * <p>Handles links to objects ({@code [a=Name]}, {@code [a123]}, {@code [l=Label]}, {@code [l123]},
 * {@code [r=123]}, {@code [m123]}), web links ({@code [url=...]text[/url]}, {@code [url]...[/url]})
 * and the styles {@code [b]}, {@code [i]}, {@code [u]}, in any letter case. A link by id reads as
 * the object's name when the stub holds it, otherwise as its kind and id, such as {@code master
 * 5460}.
 */
final class Markup {

  private static final Pattern OBJECT_LINK =
      Pattern.compile("\\[([alrm])(=?)([^\\]\\[]+)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED_URL =
      Pattern.compile(
          "\\[url=([^\\]]+)\\](.*?)\\[/url\\]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern BARE_URL =
      Pattern.compile("\\[url\\](.*?)\\[/url\\]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern STYLE =
      Pattern.compile("\\[(/?)([biu])\\]", Pattern.CASE_INSENSITIVE);

  private final NameLookup names;

  Markup(NameLookup names) {
    this.names = names;
  }

  String render(String text, MediaFlavour flavour) {
    return switch (flavour) {
      case DISCOGS -> text;
      case PLAINTEXT -> plain(text);
      case HTML -> html(text);
    };
  }

  private String plain(String text) {
    String result = replace(OBJECT_LINK, text, link -> linkText(link));
    result = replace(NAMED_URL, result, url -> url.group(2));
    result = replace(BARE_URL, result, url -> url.group(1));
    return replace(STYLE, result, style -> "");
  }

  private String html(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    String result = replace(OBJECT_LINK, escaped, link -> anchor(linkPath(link), linkText(link)));
    result = replace(NAMED_URL, result, url -> anchor(url.group(1), url.group(2)));
    result = replace(BARE_URL, result, url -> anchor(url.group(1), url.group(1)));
    result = replace(STYLE, result, style -> "<" + style.group(1) + lower(style.group(2)) + ">");
    return result.replaceAll("\r?\n", "<br>");
  }

  private String linkText(Matcher link) {
    NameLookup.Kind kind = kind(link.group(1));
    String value = link.group(3).trim();
    boolean byName = !link.group(2).isEmpty() && !value.matches("\\d+");
    if (byName) {
      return value;
    }
    if (!value.matches("\\d{1,18}")) {
      return value;
    }
    // A bare number reads as nothing; "master 5460" at least says what is linked.
    return names.name(kind, Long.parseLong(value)).orElse(lower(kind.name()) + " " + value);
  }

  private static String linkPath(Matcher link) {
    String kind = lower(kind(link.group(1)).name());
    return "/" + kind + "/" + link.group(3).trim().replace(' ', '-');
  }

  private static NameLookup.Kind kind(String letter) {
    return switch (lower(letter)) {
      case "a" -> NameLookup.Kind.ARTIST;
      case "l" -> NameLookup.Kind.LABEL;
      case "r" -> NameLookup.Kind.RELEASE;
      default -> NameLookup.Kind.MASTER;
    };
  }

  private static String anchor(String href, String text) {
    return "<a href=\"" + href + "\">" + text + "</a>";
  }

  private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(result, Matcher.quoteReplacement(with.apply(matcher)));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}

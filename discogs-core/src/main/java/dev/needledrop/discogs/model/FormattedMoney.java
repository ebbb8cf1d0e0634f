package dev.needledrop.discogs.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount Discogs sent as display text, such as {@code "$250.00"}, with the money it stands for
 * when the text could be read.
 *
 * <p>Discogs formats some figures (a collection's value) for people: a currency symbol or code
 * before or after the number, and thousands grouped with commas, dots, spaces or apostrophes. The
 * symbol alone does not always name the currency: {@code $} is written for US, Canadian,
 * Australian, New Zealand and Mexican dollars alike. Such text is read in the user's own currency
 * when that is one the symbol stands for, and in US dollars otherwise; {@link
 * #needsUserCurrency(String)} tells when the user's currency matters. Text that is not an amount
 * keeps its raw form with no money.
 *
 * @param text the text exactly as Discogs sent it
 * @param money the amount and currency, empty when the text could not be read
 */
public record FormattedMoney(String text, Optional<Money> money) {

  // A number: digits, possibly grouped with separators, possibly with decimals.
  private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,' ]*\\d)?");

  private static final List<Currency> DOLLARS =
      List.of(Currency.USD, Currency.CAD, Currency.AUD, Currency.NZD, Currency.MXN);

  private static final Map<String, Currency> MARKERS =
      Map.ofEntries(
          Map.entry("US$", Currency.USD),
          Map.entry("CA$", Currency.CAD),
          Map.entry("C$", Currency.CAD),
          Map.entry("CAN$", Currency.CAD),
          Map.entry("A$", Currency.AUD),
          Map.entry("AU$", Currency.AUD),
          Map.entry("NZ$", Currency.NZD),
          Map.entry("MX$", Currency.MXN),
          Map.entry("MEX$", Currency.MXN),
          Map.entry("R$", Currency.BRL),
          Map.entry("£", Currency.GBP),
          Map.entry("€", Currency.EUR),
          Map.entry("¥", Currency.JPY),
          Map.entry("￥", Currency.JPY),
          Map.entry("JP¥", Currency.JPY),
          Map.entry("円", Currency.JPY),
          Map.entry("FR.", Currency.CHF),
          Map.entry("SFR.", Currency.CHF),
          Map.entry("KR", Currency.SEK),
          Map.entry("KR.", Currency.SEK),
          Map.entry("R", Currency.ZAR));

  /** Creates the amount, refusing null parts. */
  public FormattedMoney {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(money, "money");
  }

  /** Reads the text with no user currency to settle a {@code $}: it is read as US dollars. */
  public static FormattedMoney parse(String text) {
    return read(text, Optional.empty());
  }

  /**
   * Reads the text, taking a symbol that stands for several currencies (or no symbol at all) as the
   * user's currency when it can be.
   */
  public static FormattedMoney parse(String text, Currency userCurrency) {
    return read(text, Optional.of(Objects.requireNonNull(userCurrency, "userCurrency")));
  }

  /**
   * Tells whether reading the text depends on the user's currency: it holds an amount whose symbol
   * stands for several currencies ({@code $}) or that has no symbol at all.
   */
  public static boolean needsUserCurrency(String text) {
    Objects.requireNonNull(text, "text");
    return split(text).map(parts -> candidates(parts.marker()).size() > 1).orElse(false);
  }

  /** Tells whether the text was read as an amount. */
  public boolean isKnown() {
    return money.isPresent();
  }

  @Override
  public String toString() {
    return text;
  }

  private static FormattedMoney read(String text, Optional<Currency> userCurrency) {
    Objects.requireNonNull(text, "text");
    Optional<Money> money =
        split(text)
            .flatMap(
                parts ->
                    currency(parts.marker(), userCurrency)
                        .flatMap(currency -> amount(parts, currency)));
    return new FormattedMoney(text, money);
  }

  /** The currency marker (symbols or code, upper-cased) and the number of an amount text. */
  private record Parts(String marker, String number, boolean negative) {}

  private static Optional<Parts> split(String text) {
    String plain = text.replace('\u00A0', ' ').replace('\u202F', ' ').trim();
    Matcher number = NUMBER.matcher(plain);
    if (!number.find()) {
      return Optional.empty();
    }
    String before = plain.substring(0, number.start()).trim();
    String after = plain.substring(number.end()).trim();
    boolean negative = before.startsWith("-") || before.startsWith("\u2212");
    if (negative) {
      before = before.substring(1).trim();
    }
    if (!before.isEmpty() && !after.isEmpty()) {
      return Optional.empty();
    }
    String marker = (before + after).toUpperCase(Locale.ROOT);
    return Optional.of(new Parts(marker, number.group(), negative));
  }

  private static List<Currency> candidates(String marker) {
    if (marker.isEmpty()) {
      return Currency.discogsCurrencies();
    }
    if (marker.equals("$")) {
      return DOLLARS;
    }
    Currency named = MARKERS.get(marker);
    if (named != null) {
      return List.of(named);
    }
    return marker.matches("[A-Z]{3}") ? List.of(Currency.of(marker)) : List.of();
  }

  private static Optional<Currency> currency(String marker, Optional<Currency> userCurrency) {
    List<Currency> candidates = candidates(marker);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    if (userCurrency.isPresent() && candidates.contains(userCurrency.get())) {
      return userCurrency;
    }
    // A bare "$" most often means US dollars; a bare number names no currency at all.
    return marker.isEmpty() ? Optional.empty() : Optional.of(Currency.USD);
  }

  private static Optional<Money> amount(Parts parts, Currency currency) {
    return decimal(parts.number())
        .map(value -> parts.negative() ? value.negate() : value)
        .map(value -> new Money(value, currency));
  }

  // Decides which separator marks the decimals: of two kinds, the last one; a lone separator
  // followed by exactly three digits groups thousands, since no Discogs currency has three
  // decimals.
  private static Optional<BigDecimal> decimal(String number) {
    String digits = number.replace(" ", "").replace("'", "");
    int lastDot = digits.lastIndexOf('.');
    int lastComma = digits.lastIndexOf(',');
    char decimalMark;
    if (lastDot >= 0 && lastComma >= 0) {
      decimalMark = lastDot > lastComma ? '.' : ',';
    } else if (lastDot < 0 && lastComma < 0) {
      return Optional.of(new BigDecimal(digits));
    } else {
      decimalMark = lastDot >= 0 ? '.' : ',';
      if (isGrouping(digits, decimalMark)) {
        return groupedOnly(digits);
      }
    }
    return withDecimals(digits, decimalMark);
  }

  private static boolean isGrouping(String digits, char separator) {
    int first = digits.indexOf(separator);
    int last = digits.lastIndexOf(separator);
    return first != last || digits.length() - last - 1 == 3;
  }

  private static Optional<BigDecimal> groupedOnly(String digits) {
    return wholeNumber(digits).map(BigDecimal::new);
  }

  private static Optional<BigDecimal> withDecimals(String digits, char decimalMark) {
    int mark = digits.lastIndexOf(decimalMark);
    String fraction = digits.substring(mark + 1);
    if (!fraction.matches("\\d+")) {
      return Optional.empty();
    }
    return wholeNumber(digits.substring(0, mark))
        .map(whole -> new BigDecimal(whole + "." + fraction));
  }

  // Digits alone, or groups of three after the first, all split by the same separator.
  private static Optional<String> wholeNumber(String whole) {
    if (whole.matches("\\d+")
        || whole.matches("\\d{1,3}(\\.\\d{3})+")
        || whole.matches("\\d{1,3}(,\\d{3})+")) {
      return Optional.of(whole.replace(".", "").replace(",", ""));
    }
    return Optional.empty();
  }
}

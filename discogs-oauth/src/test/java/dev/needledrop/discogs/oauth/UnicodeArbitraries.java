package dev.needledrop.discogs.oauth;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Generators of well-formed Unicode text across every plane, ASCII weighted in. */
final class UnicodeArbitraries {

  private UnicodeArbitraries() {}

  /** Any text of up to 30 code points, surrogate pairs included, lone surrogates never. */
  static Arbitrary<String> text() {
    return codePoints().list().ofMaxSize(30).map(UnicodeArbitraries::join);
  }

  /** Text that OAuth credentials accept: not blank, no control characters. */
  static Arbitrary<String> credential() {
    return codePoints()
        .filter(cp -> !Character.isISOControl(cp))
        .list()
        .ofMinSize(1)
        .ofMaxSize(20)
        .map(UnicodeArbitraries::join)
        .filter(text -> !text.isBlank());
  }

  private static Arbitrary<Integer> codePoints() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(1, Arbitraries.integers().between(0x00, 0x1F)),
        Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
        Tuple.of(2, Arbitraries.integers().between(0xE000, 0x10FFFF)));
  }

  private static String join(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }
}

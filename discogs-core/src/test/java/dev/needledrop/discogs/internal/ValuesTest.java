package dev.needledrop.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Nested
  class Lists {

    @Test
    void readNullAsAnEmptyList() {
      assertThat(Values.list(null)).isEmpty();
    }

    @Test
    void acceptImmutableListsThatRefuseToBeAskedAboutNull() {
      assertThat(Values.list(List.of("a", "b"))).containsExactly("a", "b");
      assertThat(Values.list(List.copyOf(List.of("c")))).containsExactly("c");
    }

    @Test
    void dropNullElementsAndKeepTheOrder() {
      assertThat(Values.list(Arrays.asList(null, "a", null, "b"))).containsExactly("a", "b");
    }

    @Test
    void areUnmodifiableCopies() {
      List<String> source = new ArrayList<>(List.of("a"));

      List<String> copy = Values.list(source);
      source.add("b");

      assertThat(copy).containsExactly("a").isUnmodifiable();
      assertThat(Values.list(Arrays.asList("a", null))).isUnmodifiable();
    }
  }

  @Nested
  class OtherValues {

    @Test
    void readNullMapsAsEmptyAndCopyTheOthers() {
      Map<String, Integer> source = new HashMap<>(Map.of("a", 1));

      Map<String, Integer> copy = Values.map(source);
      source.put("b", 2);

      assertThat(Values.map(null)).isEmpty();
      assertThat(copy).containsOnlyKeys("a");
    }

    @Test
    void readNullTextAsEmptyAndKeepOtherTextExactly() {
      assertThat(Values.text(null)).isEmpty();
      assertThat(Values.text(" x ")).isEqualTo(" x ");
    }

    @Test
    void readNullOptionalsAsEmpty() {
      assertThat(Values.optional((Optional<String>) null)).isEmpty();
      assertThat(Values.optional((OptionalInt) null)).isEmpty();
      assertThat(Values.optional((OptionalLong) null)).isEmpty();
      assertThat(Values.optional((OptionalDouble) null)).isEmpty();
      assertThat(Values.optional(OptionalInt.of(3))).hasValue(3);
    }

    @Test
    void readYearZeroNegativeOrAbsentAsUnknown() {
      assertThat(Values.year(null)).isEmpty();
      assertThat(Values.year(OptionalInt.empty())).isEmpty();
      assertThat(Values.year(OptionalInt.of(0))).isEmpty();
      assertThat(Values.year(OptionalInt.of(-1))).isEmpty();
      assertThat(Values.year(OptionalInt.of(1987))).hasValue(1987);
    }

    @Test
    void readNegativeOrAbsentCountsAsUnknownAndKeepZero() {
      assertThat(Values.count(OptionalInt.of(-4))).isEmpty();
      assertThat(Values.count(null)).isEmpty();
      assertThat(Values.count(OptionalInt.of(0))).hasValue(0);
      assertThat(Values.count(OptionalInt.of(7))).hasValue(7);
    }
  }
}

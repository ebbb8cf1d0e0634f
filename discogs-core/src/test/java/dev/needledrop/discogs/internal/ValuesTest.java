package dev.needledrop.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Nested
  class ListCopy {

    @Test
    void copiesAnImmutableListWithoutQueryingItForNull() {
      assertThat(Values.list(List.of("a", "b"))).containsExactly("a", "b");
    }

    @Test
    void dropsNullElements() {
      assertThat(Values.list(Arrays.asList("a", null, "b"))).containsExactly("a", "b");
    }

    @Test
    void readsNullAsEmpty() {
      assertThat(Values.list(null)).isEmpty();
    }
  }
}

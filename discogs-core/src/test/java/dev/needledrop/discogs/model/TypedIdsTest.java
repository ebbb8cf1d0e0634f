package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypedIdsTest {

  /** One row per id type: its name in messages, its factory and its lenient reader. */
  record IdType(
      String parameterName,
      LongFunction<Object> of,
      Function<Long, Optional<Object>> optionalOf,
      Function<Object, Long> value) {

    @Override
    public String toString() {
      return parameterName;
    }
  }

  static Stream<IdType> idTypes() {
    return Stream.of(
        new IdType(
            "releaseId",
            ReleaseId::of,
            value -> ReleaseId.optionalOf(value).map(Object.class::cast),
            id -> ((ReleaseId) id).value()),
        new IdType(
            "masterId",
            MasterId::of,
            value -> MasterId.optionalOf(value).map(Object.class::cast),
            id -> ((MasterId) id).value()),
        new IdType(
            "artistId",
            ArtistId::of,
            value -> ArtistId.optionalOf(value).map(Object.class::cast),
            id -> ((ArtistId) id).value()),
        new IdType(
            "labelId",
            LabelId::of,
            value -> LabelId.optionalOf(value).map(Object.class::cast),
            id -> ((LabelId) id).value()));
  }

  static Stream<Arguments> idTypesWithInvalidValues() {
    return idTypes()
        .flatMap(
            type -> Stream.of(0L, -1L, Long.MIN_VALUE).map(value -> Arguments.of(type, value)));
  }

  static Stream<Arguments> idTypesWithAbsentValues() {
    return idTypes()
        .flatMap(type -> Stream.of(null, 0L, -1L).map(value -> Arguments.of(type, value)));
  }

  @Nested
  class Creation {

    @ParameterizedTest(name = "{0} keeps a positive value")
    @MethodSource("dev.needledrop.discogs.model.TypedIdsTest#idTypes")
    void keepsPositiveValues(IdType type) {
      assertThat(type.value().apply(type.of().apply(1))).isEqualTo(1L);
      assertThat(type.value().apply(type.of().apply(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("dev.needledrop.discogs.model.TypedIdsTest#idTypesWithInvalidValues")
    void refusesZeroAndNegativeValuesNamingTheParameter(IdType type, long value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> type.of().apply(value))
          .withMessageContaining(type.parameterName())
          .withMessageContaining("must be positive")
          .withMessageContaining(Long.toString(value));
    }
  }

  @Nested
  class OptionalOf {

    @ParameterizedTest(name = "{0} reads {1} as absent")
    @MethodSource("dev.needledrop.discogs.model.TypedIdsTest#idTypesWithAbsentValues")
    void readsNullZeroAndNegativeAsEmpty(IdType type, Long value) {
      assertThat(type.optionalOf().apply(value)).isEmpty();
    }

    @ParameterizedTest(name = "{0} reads a positive value")
    @MethodSource("dev.needledrop.discogs.model.TypedIdsTest#idTypes")
    void readsPositiveValuesAsTheId(IdType type) {
      assertThat(type.optionalOf().apply(42L)).contains(type.of().apply(42));
    }
  }

  @Nested
  class ValueSemantics {

    @Test
    void idsOfTheSameValueAreEqual() {
      assertThat(ReleaseId.of(249504))
          .isEqualTo(new ReleaseId(249504))
          .hasSameHashCodeAs(ReleaseId.of(249504));
    }

    @Test
    void idsOfDifferentTypesAreNeverEqualEvenWithTheSameValue() {
      assertThat((Object) ReleaseId.of(1)).isNotEqualTo(MasterId.of(1));
      assertThat((Object) ArtistId.of(1)).isNotEqualTo(LabelId.of(1));
    }

    @Test
    void printsAsTheBareNumberSoThatItFitsInAPath() {
      assertThat(ReleaseId.of(249504)).hasToString("249504");
      assertThat(MasterId.of(96559)).hasToString("96559");
      assertThat(ArtistId.of(45)).hasToString("45");
      assertThat(LabelId.of(1)).hasToString("1");
    }
  }
}

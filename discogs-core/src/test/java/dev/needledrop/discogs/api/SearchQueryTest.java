package dev.needledrop.discogs.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import dev.needledrop.discogs.api.SearchQuery.Field;
import dev.needledrop.discogs.model.database.SearchType;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

  @Nested
  class WireNames {

    @Test
    void areTheQueryParametersDiscogsDocuments() {
      assertThat(Arrays.stream(Field.values()).map(Field::wireName))
          .containsExactly(
              "q",
              "type",
              "title",
              "release_title",
              "credit",
              "artist",
              "anv",
              "label",
              "genre",
              "style",
              "country",
              "year",
              "format",
              "catno",
              "barcode",
              "track",
              "submitter",
              "contributor");
    }
  }

  @Nested
  class Builder {

    @Test
    void setsEveryFieldThroughItsNamedSetter() {
      SearchQuery query =
          SearchQuery.builder()
              .query("nirvana")
              .type(SearchType.RELEASE)
              .title("Nirvana - Nevermind")
              .releaseTitle("Nevermind")
              .credit("Kurt")
              .artist("Nirvana")
              .anv("Nirvana (US)")
              .label("DGC")
              .genre("Rock")
              .style("Grunge")
              .country("US")
              .year(1991)
              .format("Vinyl")
              .catno("DGC-24425")
              .barcode("720642442517")
              .track("Lithium")
              .submitter("someone")
              .contributor("someone else")
              .build();

      assertThat(query.values()).hasSize(Field.values().length);
      assertThat(query.value(Field.TYPE)).contains("release");
      assertThat(query.value(Field.YEAR)).contains("1991");
      assertThat(query.value(Field.ANV)).contains("Nirvana (US)");
      assertThat(query.value(Field.CONTRIBUTOR)).contains("someone else");
    }

    @Test
    void keepsTheFieldsInFieldOrderWhateverTheOrderTheyWereSet() {
      SearchQuery query = SearchQuery.builder().year(1991).artist("Nirvana").query("x").build();

      assertThat(query.values().keySet()).containsExactly(Field.QUERY, Field.ARTIST, Field.YEAR);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t"})
    void aBlankValueRemovesTheField(String blank) {
      SearchQuery query = SearchQuery.builder().artist("Nirvana").artist(blank).build();

      assertThat(query.values()).isEmpty();
      assertThat(query.value(Field.ARTIST)).isEmpty();
    }

    @Test
    void aNullValueRemovesTheField() {
      SearchQuery query = SearchQuery.builder().label("DGC").set(Field.LABEL, null).build();

      assertThat(query.values()).isEmpty();
    }

    @Test
    void keepsValuesExactlyWithTheirSpaces() {
      assertThat(SearchQuery.text(" two  words ").value(Field.QUERY)).contains(" two  words ");
    }

    @Test
    void refusesANullFieldOrType() {
      assertThatNullPointerException().isThrownBy(() -> SearchQuery.builder().set(null, "x"));
      assertThatNullPointerException().isThrownBy(() -> SearchQuery.builder().type(null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void refusesAYearThatIsNotPositive(int year) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SearchQuery.builder().year(year))
          .withMessage("year must be positive, but was " + year);
    }

    @Test
    void buildsQueriesThatLaterBuilderChangesDoNotReach() {
      SearchQuery.Builder builder = SearchQuery.builder().artist("Nirvana");
      SearchQuery first = builder.build();

      builder.label("DGC");

      assertThat(first.values()).containsOnly(entry(Field.ARTIST, "Nirvana"));
    }
  }

  @Nested
  class Values {

    @Test
    void cannotBeModified() {
      assertThat(SearchQuery.text("x").values()).isUnmodifiable();
    }

    @Test
    void ofAFreeTextSearchHoldOnlyTheText() {
      assertThat(SearchQuery.text("nirvana").values()).containsOnly(entry(Field.QUERY, "nirvana"));
    }

    @Test
    void ofAnEmptySearchAreEmpty() {
      assertThat(SearchQuery.builder().build().values()).isEmpty();
    }
  }

  @Nested
  class Equality {

    @Test
    void holdsForTheSameFieldsAndValuesWhateverTheBuildOrder() {
      SearchQuery one = SearchQuery.builder().artist("A").year(2000).build();
      SearchQuery other = SearchQuery.builder().year(2000).artist("A").build();

      assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    }

    @Test
    void failsForADifferentValueOrField() {
      SearchQuery artist = SearchQuery.builder().artist("A").build();

      assertThat(artist).isNotEqualTo(SearchQuery.builder().artist("B").build());
      assertThat(artist).isNotEqualTo(SearchQuery.builder().label("A").build());
      assertThat(artist).isNotEqualTo("A");
    }

    @Test
    void printsTheFields() {
      assertThat(SearchQuery.text("x")).hasToString("SearchQuery{QUERY=x}");
    }
  }
}

package dev.needledrop.discogs.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MasterVersionsQueryAndSortTest {

  @Nested
  class MasterVersionsQueries {

    @Test
    void allHasNoFilterAndNoSort() {
      MasterVersionsQuery all = MasterVersionsQuery.all();

      assertThat(all.format()).isEmpty();
      assertThat(all.label()).isEmpty();
      assertThat(all.released()).isEmpty();
      assertThat(all.country()).isEmpty();
      assertThat(all.sort()).isEmpty();
    }

    @Test
    void combineFiltersAndASort() {
      MasterVersionsQuery query =
          MasterVersionsQuery.all()
              .withFormat("Vinyl")
              .withLabel("Sub Pop")
              .withReleased("1992")
              .withCountry("Belgium")
              .sortedBy(Sort.descending(MasterVersionSort.RELEASED));

      assertThat(query.format()).contains("Vinyl");
      assertThat(query.label()).contains("Sub Pop");
      assertThat(query.released()).contains("1992");
      assertThat(query.country()).contains("Belgium");
      assertThat(query.sort()).contains(new Sort<>(MasterVersionSort.RELEASED, SortOrder.DESC));
    }

    @Test
    void leaveTheQueryTheyStartFromUnchanged() {
      MasterVersionsQuery base = MasterVersionsQuery.all();

      base.withFormat("CD");

      assertThat(base.format()).isEmpty();
      assertThat(base).isEqualTo(MasterVersionsQuery.all());
    }

    @Test
    void refuseNullParts() {
      assertThatNullPointerException()
          .isThrownBy(
              () ->
                  new MasterVersionsQuery(
                      null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
          .withMessage("format");
    }
  }

  @Nested
  class Sorts {

    @Test
    void ascendingAndDescendingSetTheOrder() {
      assertThat(Sort.ascending(ArtistReleaseSort.YEAR).order()).isEqualTo(SortOrder.ASC);
      assertThat(Sort.descending(ArtistReleaseSort.YEAR).order()).isEqualTo(SortOrder.DESC);
      assertThat(Sort.descending(ArtistReleaseSort.YEAR).key()).isEqualTo(ArtistReleaseSort.YEAR);
    }

    @Test
    void refuseNullParts() {
      assertThatNullPointerException()
          .isThrownBy(() -> new Sort<>(null, SortOrder.ASC))
          .withMessage("key");
      assertThatNullPointerException()
          .isThrownBy(() -> new Sort<>(ArtistReleaseSort.TITLE, null))
          .withMessage("order");
    }

    @Test
    void ordersHaveTheirWireNames() {
      assertThat(SortOrder.ASC.wireName()).isEqualTo("asc");
      assertThat(SortOrder.DESC.wireName()).isEqualTo("desc");
    }

    @Test
    void artistReleaseKeysHaveTheirWireNames() {
      assertThat(Arrays.stream(ArtistReleaseSort.values()).map(SortKey::wireName))
          .containsExactly("year", "title", "format");
    }

    @Test
    void masterVersionKeysHaveTheirWireNames() {
      assertThat(Arrays.stream(MasterVersionSort.values()).map(SortKey::wireName))
          .containsExactly("released", "title", "format", "label", "catno", "country");
    }
  }
}

package dev.needledrop.discogs.feign.internal.http;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParametersTest {

  @Test
  void encodesTheB24TextAsTheServerMustReceiveIt() {
    assertThat(QueryParameters.encodeValue("Préludes – 東京 & Söhne", "q"))
        .isEqualTo("Pr%C3%A9ludes%20%E2%80%93%20%E6%9D%B1%E4%BA%AC%20%26%20S%C3%B6hne");
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a b | a%20b",
        "a+b | a%2Bb",
        "a=b&c=d | a%3Db%26c%3Dd",
        "100% | 100%25",
        "{q} | %7Bq%7D",
        "a/b?c#d | a%2Fb%3Fc%23d",
        "12\" | 12%22",
        "Rock'n'Roll | Rock%27n%27Roll"
      })
  void escapesEveryCharacterThatCouldChangeTheQuery(String value, String encoded) {
    assertThat(QueryParameters.encodeValue(value, "q")).isEqualTo(encoded);
  }

  @Test
  void keepsParametersInTheOrderAdded() {
    var query =
        QueryParameters.create()
            .add("q", "nirvana")
            .addIfPresent("format", Optional.of("12\" Vinyl"))
            .addIfPresent("label", Optional.empty())
            .sort(Optional.of(Sort.descending(ArtistReleaseSort.YEAR)))
            .page(PageRequest.of(3, 25))
            .toMap();

    assertThat(query)
        .containsExactly(
            entry("q", "nirvana"),
            entry("format", "12%22%20Vinyl"),
            entry("sort", "year"),
            entry("sort_order", "desc"),
            entry("page", "3"),
            entry("per_page", "25"));
  }

  @Test
  void addsNoSortWhenNoneIsGiven() {
    var query = QueryParameters.create().sort(Optional.<Sort<ArtistReleaseSort>>empty()).toMap();

    assertThat(query).isEmpty();
  }
}

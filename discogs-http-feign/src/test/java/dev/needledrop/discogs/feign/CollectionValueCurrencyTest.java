package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.feign.testing.CaseClientTest;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionValue;
import org.junit.jupiter.api.Test;

/**
 * Reads a collection's value, whose amounts Discogs sends as display text: a symbol several
 * currencies share is settled by the user's own currency, looked up only when needed.
 */
class CollectionValueCurrencyTest extends CaseClientTest {

  private static final Username USER = Username.of("example_user");

  private static String value(String minimum, String median, String maximum) {
    return "{\"minimum\": \""
        + minimum
        + "\", \"median\": \""
        + median
        + "\", \"maximum\": \""
        + maximum
        + "\"}";
  }

  private static String profile(String currency) {
    return "{\"id\": 1000001, \"username\": \"example_user\", \"curr_abbr\": \"" + currency + "\"}";
  }

  @Test
  void readsADollarSignAsTheUsersDollarsLookingUpTheProfile() {
    server.enqueue(
        ScriptedResponse.ok(value("$75.50", "$100.25", "$1,250.00")),
        ScriptedResponse.ok(profile("CAD")));

    CollectionValue read = discogs.collection().value(USER);

    assertThat(read.maximum().money()).contains(Money.of("1250.00", Currency.CAD));
    assertThat(read.maximum().text()).isEqualTo("$1,250.00");
    assertThat(server.requests())
        .extracting(RecordedRequest::requestLine)
        .containsExactly("GET /users/example_user/collection/value", "GET /users/example_user");
  }

  @Test
  void readsADollarSignAsUsDollarsWhenTheUserHasNoDollarCurrency() {
    server.enqueue(
        ScriptedResponse.ok(value("$1.00", "$2.00", "$3.00")), ScriptedResponse.ok(profile("")));

    assertThat(discogs.collection().value(USER).median().money())
        .contains(Money.of("2.00", Currency.USD));
  }

  @Test
  void readsUnambiguousSymbolsWithoutLookingUpTheProfile() {
    server.enqueue(ScriptedResponse.ok(value("£1.00", "€2,50", "CA$3.00")));

    CollectionValue read = discogs.collection().value(USER);

    assertThat(read.minimum().money()).contains(Money.of("1.00", Currency.GBP));
    assertThat(read.median().money()).contains(Money.of("2.50", Currency.EUR));
    assertThat(read.maximum().money()).contains(Money.of("3.00", Currency.CAD));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void keepsTextThatIsNoAmountAndAbsentFiguresAsEmptyText() {
    server.enqueue(ScriptedResponse.ok("{\"minimum\": \"n/a\", \"median\": null}"));

    CollectionValue read = discogs.collection().value(USER);

    assertThat(read.minimum().text()).isEqualTo("n/a");
    assertThat(read.minimum().money()).isEmpty();
    assertThat(read.median().text()).isEmpty();
    assertThat(read.maximum().isKnown()).isFalse();
    assertThat(server.requests()).hasSize(1);
  }
}

package dev.needledrop.discogs.feign.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Wire records are read field by field into their constructor, as Jackson's own path reads them.
 */
class PlainRecordsTest {

  record Credit(Long id, String name, String role) {}

  record Entry(String title, int count, List<Credit> extraArtists, List<Entry> subTracks) {}

  record Named(String name) {
    Named {
      Objects.requireNonNull(name, "name");
    }
  }

  private static <T> T read(String json, Class<T> type) throws Exception {
    return Json.shared().readerFor(type).readValue(json);
  }

  @Test
  void readsThePresentComponentsAndLeavesTheAbsentOnesEmpty() throws Exception {
    Entry entry =
        read("{\"title\":\"Intro\",\"extra_artists\":[{\"id\":7,\"name\":\"A\"}]}", Entry.class);

    assertThat(entry.title()).isEqualTo("Intro");
    assertThat(entry.count()).isZero();
    assertThat(entry.extraArtists()).containsExactly(new Credit(7L, "A", null));
    assertThat(entry.subTracks()).isNull();
  }

  @Test
  void skipsUnknownFieldsWhateverTheyHold() throws Exception {
    String json =
        "{\"extra\":{\"deep\":[1,{\"x\":[]}]},\"title\":\"B\",\"more\":[[\"c\"]],\"count\":\"3\"}";

    assertThat(read(json, Entry.class)).isEqualTo(new Entry("B", 3, null, null));
  }

  @Test
  void keepsTheLenientReadingsOfValues() throws Exception {
    Entry entry =
        read("{\"title\":\"C\",\"sub_tracks\":\"\",\"extra_artists\":{\"id\":\"\"}}", Entry.class);

    assertThat(entry.subTracks()).isNull();
    assertThat(entry.extraArtists()).containsExactly(new Credit(null, null, null));
  }

  @Test
  void namesWhereAValueDoesNotFit() {
    JsonMappingException failure =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> read("{\"sub_tracks\":[{\"title\":\"x\"},{\"count\":[1]}]}", Entry.class));

    assertThat(failure.getPath())
        .extracting(JsonMappingException.Reference::getFieldName)
        .containsExactly("sub_tracks", null, "count");
    assertThat(failure.getPath().get(1).getIndex()).isEqualTo(1);
  }

  @Test
  void reportsARecordThatRefusesItsComponents() {
    ValueInstantiationException failure =
        catchThrowableOfType(ValueInstantiationException.class, () -> read("{}", Named.class));

    assertThat(failure.getCause()).hasMessage("name");
  }
}

package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.feign.testing.BugCase;
import dev.needledrop.discogs.feign.testing.CaseClientTest;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.FieldValue;
import dev.needledrop.discogs.model.collection.InstanceRef;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the user sections' bug cases ({@code src/test/resources/cases}) through the real adapter
 * against a local {@link CaseServer}: each nested class is one case, asserting its expectation for
 * the whole kind of problem, and the request the adapter sent.
 */
class UserDataCaseReplayTest extends CaseClientTest {

  private static final Username USER = Username.of("example_user");
  private static final InstanceRef COPY =
      new InstanceRef(FolderId.UNCATEGORIZED, ReleaseId.of(9000015), InstanceId.of(501));

  @Nested
  @DisplayName("B04: collection notes are field values, kept verbatim")
  class B04 {

    private final BugCase bugCase = BugCase.load("B04");

    @Test
    void readsTheNotesVerbatimAndMissingNotesAsAnEmptyList() {
      server.enqueue(bugCase.response());

      Page<CollectionItem> page =
          discogs.collection().items(USER, FolderId.ALL, Optional.empty(), PageRequest.of(1, 2));

      assertThat(server.onlyRequest().requestLine())
          .isEqualTo(bugCase.method() + " " + bugCase.path() + "?page=1&per_page=2");
      assertThat(page.items()).hasSize(2);
      assertThat(page.items().get(0).notes())
          .containsExactly(
              new FieldValue(FieldId.of(1), "Near Mint (NM or M-)"),
              new FieldValue(FieldId.of(3), "bought at a fair; sleeve has a small tear"));
      assertThat(page.items().get(0).note(FieldId.of(3)))
          .contains("bought at a fair; sleeve has a small tear");
      assertThat(page.items().get(1).notes()).isEmpty();
      assertThat(page.items().get(1).release().title()).isEqualTo("Plain Record");
    }

    @Test
    void readsANullNotesListAndANoteWithoutAFieldLeniently() {
      server.enqueue(
          bugCase.responseWithBody(
              bugCase
                  .bodyText()
                  .replace("\"notes\": [", "\"notes\": [{\"value\": \"orphan\"}, ")
                  .replace("\"rating\": 0,", "\"rating\": 0, \"notes\": null,")));

      Page<CollectionItem> page =
          discogs.collection().items(USER, FolderId.ALL, Optional.empty(), PageRequest.of(1, 2));

      assertThat(page.items().get(0).notes())
          .extracting(FieldValue::value)
          .containsExactly("Near Mint (NM or M-)", "bought at a fair; sleeve has a small tear");
      assertThat(page.items().get(1).notes()).isEmpty();
    }
  }

  @Nested
  @DisplayName("B17: a 204 with a text/plain content type and an empty body")
  class B17 {

    private final BugCase bugCase = BugCase.load("B17");

    @Test
    void removesTheWantWithoutReadingTheBody() {
      server.enqueue(bugCase.response());

      discogs.wantlist().removeWant(USER, ReleaseId.of(9000015));

      assertThat(server.onlyRequest().requestLine())
          .isEqualTo(bugCase.method() + " " + bugCase.path());
    }

    @ParameterizedTest(name = "answered {0}")
    @ValueSource(
        strings = {
          "204 text/plain empty",
          "200 text/plain OK",
          "200 text/html page",
          "202 none empty"
        })
    void completesEveryWriteThatReturnsNothingWhateverTheSuccessBody(String answer) {
      for (Runnable write : writesReturningNothing()) {
        server.enqueue(success(answer));
        write.run();
      }

      assertThat(server.requests()).hasSize(writesReturningNothing().length);
    }

    private Runnable[] writesReturningNothing() {
      return new Runnable[] {
        () -> discogs.wantlist().removeWant(USER, ReleaseId.of(9000015)),
        () -> discogs.collection().deleteFolder(USER, FolderId.of(5)),
        () -> discogs.collection().deleteInstance(USER, COPY),
        () -> discogs.collection().rateInstance(USER, COPY, ItemRating.of(3)),
        () -> discogs.collection().moveInstance(USER, COPY, FolderId.of(5)),
        () -> discogs.collection().editFieldValue(USER, COPY, FieldId.of(3), "note"),
      };
    }

    private ScriptedResponse success(String answer) {
      String[] parts = answer.split(" ", 3);
      int status = Integer.parseInt(parts[0]);
      Map<String, String> headers =
          parts[1].equals("none") ? Map.of() : Map.of("Content-Type", parts[1]);
      ScriptedResponse empty = ScriptedResponse.empty(status, headers);
      return parts[2].equals("empty")
          ? empty
          : empty.withBody(parts[2].getBytes(StandardCharsets.UTF_8));
    }
  }

  @Nested
  @DisplayName("B34: writes send JSON, and a 400 is a bad request raised without retry")
  class B34 {

    private final BugCase bugCase = BugCase.load("B34");

    @Test
    void raisesTheServersRefusalOfAWriteAsABadRequestAfterOneAttempt() {
      server.enqueue(bugCase.response());

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(
              () -> discogs.wantlist().addWant(USER, ReleaseId.of(1), WantUpdate.notes("x")))
          .satisfies(
              error -> {
                assertThat(error.status()).isEqualTo(400);
                assertThat(error.serverMessage()).isEqualTo("Request body must be JSON.");
              });
      assertThat(server.onlyRequest().header("Content-Type")).contains("application/json");
      assertThat(server.onlyRequest().bodyText()).isEqualTo("{\"notes\":\"x\"}");
    }
  }

  @Nested
  @DisplayName("B36: folder 0 is not a target for adds")
  class B36 {

    private final BugCase bugCase = BugCase.load("B36");

    @Test
    void refusesFolderZeroBeforeSendingAndNamesFolderOne() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> discogs.collection().addRelease(USER, FolderId.ALL, ReleaseId.of(9000021)))
          .withMessageContaining("folder 0")
          .withMessageContaining("folder 1 (\"Uncategorized\")");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> discogs.collection().moveInstance(USER, COPY, FolderId.ALL));

      assertThat(server.requests()).isEmpty();
    }

    @Test
    void keepsListingFolderZero() {
      server.enqueue(ScriptedResponse.ok("{\"pagination\": {}, \"releases\": []}"));

      discogs.collection().items(USER, FolderId.ALL, Optional.empty(), PageRequest.first());

      assertThat(server.onlyRequest().rawPath())
          .isEqualTo("/users/example_user/collection/folders/0/releases");
    }

    @Test
    void raisesTheServersRefusalAsABadRequestWithItsMessage() {
      server.enqueue(bugCase.response());

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(
              () ->
                  discogs
                      .collection()
                      .addRelease(USER, FolderId.UNCATEGORIZED, ReleaseId.of(9000021)))
          .satisfies(
              error ->
                  assertThat(error.serverMessage())
                      .isEqualTo("Folder 0 cannot be used for this operation."));
    }
  }
}

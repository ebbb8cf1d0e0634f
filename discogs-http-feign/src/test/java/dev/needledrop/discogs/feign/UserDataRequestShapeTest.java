package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.ContributionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.feign.testing.CaseClientTest;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.InstanceRef;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.PageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pins the request every users, collection, wantlist and lists method sends: method, path, query,
 * and for writes the JSON body with {@code Content-Type: application/json} (the kind of case B34:
 * Discogs documents some write parameters in the query, but every maintained client sends JSON).
 */
class UserDataRequestShapeTest extends CaseClientTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Username USER = Username.of("dj a+b/c");
  private static final String PATH_USER = "dj%20a%2Bb%2Fc";
  private static final InstanceRef COPY =
      new InstanceRef(FolderId.of(5), ReleaseId.of(42), InstanceId.of(7));
  private static final String COPY_PATH =
      "/users/" + PATH_USER + "/collection/folders/5/releases/42/instances/7";
  private static final String PROFILE = "{\"id\": 1, \"username\": \"dj a+b/c\"}";
  private static final String FOLDER = "{\"id\": 5, \"name\": \"Jazz\", \"count\": 0}";
  private static final String WANT = "{\"id\": 42, \"rating\": 0}";

  private RecordedRequest answer(int status, String body, Runnable call) {
    server.enqueue(ScriptedResponse.json(status, body));
    call.run();
    return last();
  }

  private RecordedRequest answerNoContent(Runnable call) {
    server.enqueue(ScriptedResponse.empty(204, Map.of()));
    call.run();
    return last();
  }

  /** Returns the request the call just sent: tests here make one call after another. */
  private RecordedRequest last() {
    List<RecordedRequest> received = server.requests();
    return received.get(received.size() - 1);
  }

  private static JsonNode body(RecordedRequest request) {
    try {
      return JSON.readTree(request.body());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static void assertJsonWrite(RecordedRequest request, String expectedBody) {
    assertThat(request.header("Content-Type")).contains("application/json");
    try {
      assertThat(body(request)).isEqualTo(JSON.readTree(expectedBody));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  @Nested
  class Reads {

    @Test
    void asksForTheIdentityAndTheProfile() {
      assertThat(
              answer(200, "{\"id\": 1, \"username\": \"u\"}", () -> discogs.users().identity())
                  .requestLine())
          .isEqualTo("GET /oauth/identity");
    }

    @Test
    void encodesTheUsernameAsOnePathSegment() {
      RecordedRequest request = answer(200, PROFILE, () -> discogs.users().profile(USER));

      assertThat(request.requestLine()).isEqualTo("GET /users/" + PATH_USER);
    }

    @Test
    void sendsTheContributionsSortAndPage() {
      RecordedRequest request =
          answer(
              200,
              "{}",
              () ->
                  discogs
                      .users()
                      .contributions(
                          USER,
                          Optional.of(Sort.descending(ContributionSort.ADDED)),
                          PageRequest.of(2, 25)));

      assertThat(request.rawPath()).isEqualTo("/users/" + PATH_USER + "/contributions");
      assertThat(request.query())
          .containsExactly(
              Map.entry("sort", "added"),
              Map.entry("sort_order", "desc"),
              Map.entry("page", "2"),
              Map.entry("per_page", "25"));
    }

    @Test
    void sendsTheSubmissionsPage() {
      RecordedRequest request =
          answer(200, "{}", () -> discogs.users().submissions(USER, PageRequest.of(3, 10)));

      assertThat(request.requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/submissions?page=3&per_page=10");
    }

    @Test
    void sendsTheFolderItemsSortAndPage() {
      RecordedRequest request =
          answer(
              200,
              "{}",
              () ->
                  discogs
                      .collection()
                      .items(
                          USER,
                          FolderId.ALL,
                          Optional.of(Sort.ascending(CollectionSort.CATNO)),
                          PageRequest.first()));

      assertThat(request.requestLine())
          .isEqualTo(
              "GET /users/"
                  + PATH_USER
                  + "/collection/folders/0/releases?sort=catno&sort_order=asc&page=1&per_page=50");
    }

    @Test
    void asksForFoldersFieldsValueAndCopiesOfARelease() {
      assertThat(answer(200, "{}", () -> discogs.collection().folders(USER)).requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/collection/folders");
      assertThat(
              answer(200, FOLDER, () -> discogs.collection().folder(USER, FolderId.of(5)))
                  .requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/collection/folders/5");
      assertThat(answer(200, "{}", () -> discogs.collection().fields(USER)).requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/collection/fields");
      assertThat(
              answer(
                      200,
                      "{\"minimum\": \"£1.00\", \"median\": \"£2.00\", \"maximum\": \"£3.00\"}",
                      () -> discogs.collection().value(USER))
                  .requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/collection/value");
      assertThat(
              answer(
                      200,
                      "{}",
                      () ->
                          discogs
                              .collection()
                              .releaseInstances(USER, ReleaseId.of(42), PageRequest.of(1, 5)))
                  .requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/collection/releases/42?page=1&per_page=5");
    }

    @Test
    void asksForTheWantlistAndLists() {
      assertThat(
              answer(200, "{}", () -> discogs.wantlist().wants(USER, PageRequest.of(1, 100)))
                  .requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/wants?page=1&per_page=100");
      assertThat(
              answer(200, "{}", () -> discogs.lists().lists(USER, PageRequest.first()))
                  .requestLine())
          .isEqualTo("GET /users/" + PATH_USER + "/lists?page=1&per_page=50");
      assertThat(answer(200, "{\"id\": 9}", () -> discogs.lists().list(ListId.of(9))).requestLine())
          .isEqualTo("GET /lists/9");
    }
  }

  /** Every write of the user sections, with the JSON body it carries. */
  @Nested
  class WritesSendJsonBodies {

    @Test
    void profileEditSendsOnlyTheChangedPartsUnderTheirWireNames() {
      RecordedRequest request =
          answer(
              200,
              PROFILE,
              () ->
                  discogs
                      .users()
                      .editProfile(
                          USER,
                          ProfileUpdate.builder()
                              .homePage("")
                              .profile("[b]Hi[/b]")
                              .currency(Currency.EUR)
                              .build()));

      assertThat(request.requestLine()).isEqualTo("POST /users/" + PATH_USER);
      assertJsonWrite(
          request, "{\"home_page\": \"\", \"profile\": \"[b]Hi[/b]\", \"curr_abbr\": \"EUR\"}");
    }

    @Test
    void folderCreationAndRenameSendTheName() {
      RecordedRequest created =
          answer(201, FOLDER, () -> discogs.collection().createFolder(USER, "Jazz & Blues"));
      assertThat(created.requestLine())
          .isEqualTo("POST /users/" + PATH_USER + "/collection/folders");
      assertJsonWrite(created, "{\"name\": \"Jazz & Blues\"}");

      RecordedRequest renamed =
          answer(
              200, FOLDER, () -> discogs.collection().renameFolder(USER, FolderId.of(5), "Jazz"));
      assertThat(renamed.requestLine())
          .isEqualTo("POST /users/" + PATH_USER + "/collection/folders/5");
      assertJsonWrite(renamed, "{\"name\": \"Jazz\"}");
    }

    @Test
    void addingAReleaseSendsAnEmptyJsonObject() {
      RecordedRequest request =
          answer(
              201,
              "{\"instance_id\": 3, \"resource_url\": \"x\"}",
              () -> discogs.collection().addRelease(USER, FolderId.of(5), ReleaseId.of(42)));

      assertThat(request.requestLine())
          .isEqualTo("POST /users/" + PATH_USER + "/collection/folders/5/releases/42");
      assertJsonWrite(request, "{}");
    }

    @Test
    void ratingACopySendsOnlyTheRating() {
      RecordedRequest request =
          answerNoContent(() -> discogs.collection().rateInstance(USER, COPY, ItemRating.of(0)));

      assertThat(request.requestLine()).isEqualTo("POST " + COPY_PATH);
      assertJsonWrite(request, "{\"rating\": 0}");
    }

    @Test
    void movingACopySendsOnlyTheDestination() {
      RecordedRequest request =
          answerNoContent(
              () -> discogs.collection().moveInstance(USER, COPY, FolderId.UNCATEGORIZED));

      assertThat(request.requestLine()).isEqualTo("POST " + COPY_PATH);
      assertJsonWrite(request, "{\"folder_id\": 1}");
    }

    @Test
    void settingAFieldSendsTheValueInTheBodyNotTheQuery() {
      RecordedRequest request =
          answerNoContent(
              () ->
                  discogs
                      .collection()
                      .editFieldValue(USER, COPY, FieldId.of(3), "a&b=c ünïcode \"quoted\""));

      assertThat(request.requestLine()).isEqualTo("POST " + COPY_PATH + "/fields/3");
      assertJsonWrite(request, "{\"value\": \"a&b=c ünïcode \\\"quoted\\\"\"}");
    }

    @Test
    void addingAWantSendsNoteAndRatingOrAnEmptyObject() {
      RecordedRequest full =
          answer(
              201,
              WANT,
              () ->
                  discogs
                      .wantlist()
                      .addWant(
                          USER,
                          ReleaseId.of(42),
                          WantUpdate.notes("any").withRating(ItemRating.of(5))));
      assertThat(full.requestLine()).isEqualTo("PUT /users/" + PATH_USER + "/wants/42");
      assertJsonWrite(full, "{\"notes\": \"any\", \"rating\": 5}");

      RecordedRequest bare =
          answer(201, WANT, () -> discogs.wantlist().addWant(USER, ReleaseId.of(42)));
      assertJsonWrite(bare, "{}");
    }

    @Test
    void editingAWantPostsTheChange() {
      RecordedRequest request =
          answer(
              200,
              WANT,
              () ->
                  discogs
                      .wantlist()
                      .editWant(USER, ReleaseId.of(42), WantUpdate.rating(ItemRating.NONE)));

      assertThat(request.requestLine()).isEqualTo("POST /users/" + PATH_USER + "/wants/42");
      assertJsonWrite(request, "{\"rating\": 0}");
    }

    @Test
    void deletionsSendNoBody() {
      RecordedRequest want =
          answerNoContent(() -> discogs.wantlist().removeWant(USER, ReleaseId.of(42)));
      assertThat(want.requestLine()).isEqualTo("DELETE /users/" + PATH_USER + "/wants/42");
      assertThat(want.body()).isEmpty();

      RecordedRequest copy = answerNoContent(() -> discogs.collection().deleteInstance(USER, COPY));
      assertThat(copy.requestLine()).isEqualTo("DELETE " + COPY_PATH);
      assertThat(copy.body()).isEmpty();

      RecordedRequest folder =
          answerNoContent(() -> discogs.collection().deleteFolder(USER, FolderId.of(5)));
      assertThat(folder.requestLine())
          .isEqualTo("DELETE /users/" + PATH_USER + "/collection/folders/5");
      assertThat(folder.body()).isEmpty();
    }
  }
}

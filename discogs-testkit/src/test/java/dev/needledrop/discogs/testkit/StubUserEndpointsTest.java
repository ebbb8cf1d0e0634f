package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_KEY;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_SECRET;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.OTHER_USER_TOKEN;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.internal.catalogue.StandardCatalogue;
import dev.needledrop.discogs.testkit.internal.users.StandardUserData;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tests the stub's user endpoints over plain HTTP: the recorded data it starts with, who may see
 * and change what, the statuses and bodies of writes, and where it takes write parameters from.
 */
class StubUserEndpointsTest {

  private static final String USER = "/users/example_user";

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private final StubClient client = new StubClient(stub.baseUrl());

  private JsonNode owner(String path) {
    return client.get(path).token(USER_TOKEN).json();
  }

  private static List<Long> ids(JsonNode array, String field) {
    List<Long> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.path(field).asLong()));
    return ids;
  }

  /** The data of example_user as recorded, checked for consistency; later tests change it. */
  @Nested
  class StandardData {

    @Test
    void readsEveryRecordedUserFixture() {
      for (String file : StandardUserData.files()) {
        assertThat(StandardCatalogue.read(file).isObject()).as(file).isTrue();
      }
    }

    @Test
    void countsEveryCopyInFolderZeroAndEachCopyInExactlyOneFolder() {
      JsonNode folders = owner(USER + "/collection/folders").path("folders");
      int all = folders.get(0).path("count").asInt();
      int sum = 0;
      for (int i = 1; i < folders.size(); i++) {
        sum += folders.get(i).path("count").asInt();
      }
      JsonNode items = owner(USER + "/collection/folders/0/releases?per_page=100");

      assertThat(folders.get(0).path("name").asText()).isEqualTo("All");
      assertThat(ids(folders, "id")).containsExactly(0L, 1L, 232842L, 688739L);
      assertThat(all).isEqualTo(sum).isEqualTo(items.path("pagination").path("items").asInt());
      Set<Long> instances = new HashSet<>(ids(items.path("releases"), "instance_id"));
      assertThat(instances).hasSize(all).contains(1880275113L, 431009995L, 148842233L);
      assertThat(owner(USER + "/collection/folders/688739").path("count").asInt()).isEqualTo(2);
    }

    @Test
    void servesTheRecordedFieldsValueWantsListsAndSubmissions() {
      assertThat(owner(USER + "/collection/fields").path("fields")).hasSize(3);
      JsonNode value = owner(USER + "/collection/value");
      assertThat(value.path("maximum").asText()).isEqualTo("€250.00");
      assertThat(value.path("minimum").asText()).isEqualTo("€75.50");
      assertThat(ids(owner(USER + "/wants?per_page=100").path("wants"), "id"))
          .contains(1867708L, 1675174L, 14622960L, 2360509L, 1L);
      JsonNode list = owner("/lists/2");
      assertThat(list.path("id").asLong()).isEqualTo(2);
      assertThat(list.path("date_added").asText()).isEqualTo("2016-05-31T10:36:30-07:00");
      assertThat(list.path("uri").asText()).isEqualTo("https://www.discogs.com/lists/new-list/2");
      assertThat(list.has("list_id") || list.has("created_ts") || list.has("url")).isFalse();
      assertThat(list.path("user").path("username").asText()).isEqualTo("example_user");
      JsonNode submissions = owner(USER + "/submissions");
      assertThat(submissions.path("pagination").path("items").asInt()).isEqualTo(50);
      assertThat(submissions.path("submissions").path("releases")).hasSize(48);
      assertThat(submissions.path("submissions").path("artists")).hasSize(2);
      assertThat(submissions.path("submissions").path("labels")).isEmpty();
      assertThat(owner(USER + "/contributions").path("contributions")).hasSize(20);
    }

    @Test
    void showsTheOwnerTheRecordedProfileWithLiveCounts() {
      JsonNode profile = owner(USER);

      assertThat(profile.path("id").asLong()).isEqualTo(1000001);
      assertThat(profile.path("email").asText()).isEqualTo("user@example.com");
      assertThat(profile.path("num_wantlist").asInt()).isGreaterThanOrEqualTo(10);
      assertThat(profile.path("num_lists").asInt()).isEqualTo(2);
    }
  }

  @Nested
  class Visibility {

    @Test
    void answersIdentityOnlyToAUser() {
      assertThat(owner("/oauth/identity").path("username").asText()).isEqualTo("example_user");
      assertThat(
              client
                  .get("/oauth/identity")
                  .consumer(CONSUMER_KEY, CONSUMER_SECRET)
                  .send()
                  .statusCode())
          .isEqualTo(401);
      assertThat(client.get("/oauth/identity").send().statusCode()).isEqualTo(401);
    }

    @Test
    void refusesOthersAPrivateWantlistWithDiscogsMessage() {
      stub.server().userData().setWantlistPublic(Username.of("other_user"), false);

      HttpResponse<String> refused = client.get("/users/other_user/wants").token(USER_TOKEN).send();

      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(StubClient.json(refused).path("message").asText())
          .isEqualTo(
              "You are not allowed to view this resource. Please authenticate as the owner to view"
                  + " this content.");
      assertThat(client.get("/users/other_user/wants").token(OTHER_USER_TOKEN).send().statusCode())
          .isEqualTo(200);
    }

    @Test
    void hidesTheOwnersPrivatePartsOfAProfileFromOthers() {
      JsonNode seen = client.get(USER).json();

      assertThat(seen.has("email")).isFalse();
      assertThat(seen.has("num_unread")).isFalse();
      assertThat(seen.path("num_lists").asInt()).isZero();
    }

    @Test
    void refusesOwnerOnlyWritesWith401Or403() {
      String folders = "/users/other_user/collection/folders";

      assertThat(client.call("POST", folders).jsonBody("{\"name\": \"x\"}").send().statusCode())
          .isEqualTo(401);
      assertThat(
              client
                  .call("POST", folders)
                  .token(USER_TOKEN)
                  .jsonBody("{\"name\": \"x\"}")
                  .send()
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              client
                  .get("/users/other_user/collection/value")
                  .token(USER_TOKEN)
                  .send()
                  .statusCode())
          .isEqualTo(403);
    }
  }

  @Nested
  class Writes {

    private static final String OTHER = "/users/other_user";

    private HttpResponse<String> write(String method, String path, String json) {
      return client.call(method, path).token(OTHER_USER_TOKEN).jsonBody(json).send();
    }

    @Test
    void answersCreationsWith201AndDeletionsWith204AndNoBody() {
      stub.server().userData().clearUser(Username.of("other_user"));
      stub.server().catalogue().putRelease(TestReleases.release(8800001).build());

      HttpResponse<String> folder =
          write("POST", OTHER + "/collection/folders", "{\"name\": \"Dub\"}");
      long folderId = StubClient.json(folder).path("id").asLong();
      HttpResponse<String> added =
          write("POST", OTHER + "/collection/folders/" + folderId + "/releases/8800001", "");
      long instance = StubClient.json(added).path("instance_id").asLong();
      String copy =
          OTHER + "/collection/folders/" + folderId + "/releases/8800001/instances/" + instance;
      HttpResponse<String> deleted = client.call("DELETE", copy).token(OTHER_USER_TOKEN).send();

      assertThat(folder.statusCode()).isEqualTo(201);
      assertThat(added.statusCode()).isEqualTo(201);
      assertThat(StubClient.json(added).path("resource_url").asText())
          .startsWith(stub.baseUrl() + OTHER + "/collection/folders/" + folderId);
      assertThat(deleted.statusCode()).isEqualTo(204);
      assertThat(deleted.body()).isEmpty();
    }

    @Test
    void takesWriteParametersFromTheQueryWhenTheBodyHasNone() {
      stub.server().userData().clearUser(Username.of("other_user"));
      stub.server().catalogue().putRelease(TestReleases.release(8800002).build());
      long instance =
          StubClient.json(write("POST", OTHER + "/collection/folders/1/releases/8800002", ""))
              .path("instance_id")
              .asLong();
      String copy = OTHER + "/collection/folders/1/releases/8800002/instances/" + instance;

      write("POST", copy + "/fields/3?value=from%20the%20query", "");
      write("POST", copy + "?rating=2", "{\"rating\": 4}");

      JsonNode item =
          client
              .get(OTHER + "/collection/folders/1/releases")
              .token(OTHER_USER_TOKEN)
              .json()
              .path("releases")
              .get(0);
      assertThat(item.path("notes").get(0).path("value").asText()).isEqualTo("from the query");
      assertThat(item.path("rating").asInt()).isEqualTo(4);
    }

    @Test
    void updatesAWantWithPutAndAnswers200TheSecondTime() {
      stub.server().userData().clearUser(Username.of("other_user"));
      stub.server().catalogue().putRelease(TestReleases.release(8800003).build());

      HttpResponse<String> added = write("PUT", OTHER + "/wants/8800003", "{\"notes\": \"one\"}");
      HttpResponse<String> again = write("PUT", OTHER + "/wants/8800003", "{\"rating\": 5}");

      assertThat(added.statusCode()).isEqualTo(201);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(StubClient.json(again).path("notes").asText()).isEqualTo("one");
      assertThat(StubClient.json(again).path("rating").asInt()).isEqualTo(5);
    }

    @Test
    void refusesFolderZeroAsATargetWithTheMessageOfCaseB36() {
      stub.server().catalogue().putRelease(TestReleases.release(8800004).build());

      HttpResponse<String> refused =
          write("POST", OTHER + "/collection/folders/0/releases/8800004", "");

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(StubClient.json(refused).path("message").asText())
          .isEqualTo("Folder 0 cannot be used for this operation.");
    }

    @Test
    void refusesAnOutOfRangeRatingAndAnUnknownCurrency() {
      stub.server().userData().clearUser(Username.of("other_user"));
      stub.server().catalogue().putRelease(TestReleases.release(8800005).build());
      write("PUT", OTHER + "/wants/8800005", "");

      assertThat(write("POST", OTHER + "/wants/8800005", "{\"rating\": 6}").statusCode())
          .isEqualTo(422);
      assertThat(write("POST", OTHER, "{\"curr_abbr\": \"XYZ\"}").statusCode()).isEqualTo(422);
    }

    @Test
    void pagesACollectionWithLinksThatRepeatTheSort() {
      HttpResponse<String> page =
          client
              .get(
                  USER
                      + "/collection/folders/0/releases?sort=title&sort_order=desc&per_page=5&page=2")
              .token(USER_TOKEN)
              .send();

      assertThat(page.headers().firstValue("Link"))
          .hasValueSatisfying(
              link -> {
                assertThat(link).contains("rel=\"next\"").contains("rel=\"prev\"");
                assertThat(link)
                    .contains("sort=title")
                    .contains("sort_order=desc")
                    .contains("page=3");
              });
      assertThat(StubClient.json(page).path("releases")).hasSize(5);
    }
  }
}

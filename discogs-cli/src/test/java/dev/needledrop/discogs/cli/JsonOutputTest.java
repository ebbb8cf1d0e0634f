package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --json}: the body Discogs sent, printed as it came, for every command. */
class JsonOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsTheReleaseAsJsonWithTheSameIdAndTitle() throws IOException {
    Cli.Result result = Cli.run("--stub", "--json", "release", "249504");

    JsonNode release = JSON.readTree(result.out());
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(release.path("id").asLong()).isEqualTo(249504);
    assertThat(release.path("title").asText()).isEqualTo("Never Gonna Give You Up");
    assertThat(release.path("labels").path(0).path("catno").asText()).isEqualTo("PB 41447");
  }

  @Test
  void keepsDiscogsMarkupInFreeText() throws IOException {
    Cli.Result result = Cli.run("--stub", "label", "1", "--json");

    JsonNode label = JSON.readTree(result.out());
    assertThat(label.path("name").asText()).isEqualTo("Planet E");
    assertThat(label.path("profile").asText()).contains("[a=Carl Craig]");
  }

  @Test
  void printsMastersAndArtistsAsJson() throws IOException {
    JsonNode master = JSON.readTree(Cli.run("--stub", "--json", "master", "52086").out());
    JsonNode artist = JSON.readTree(Cli.run("--stub", "--json", "artist", "260935").out());

    assertThat(master.path("id").asLong()).isEqualTo(52086);
    assertThat(master.path("title").asText()).isEqualTo("Images And Words");
    assertThat(artist.path("id").asLong()).isEqualTo(260935);
    assertThat(artist.path("name").asText()).isEqualTo("Dream Theater");
  }

  @Test
  void printsTheSearchPageWithItsPagination() throws IOException {
    Cli.Result result = Cli.run("--stub", "--json", "search", "nevermind", "--type", "release");

    JsonNode page = JSON.readTree(result.out());
    assertThat(page.path("pagination").path("items").asInt()).isEqualTo(3);
    assertThat(page.path("results").findValuesAsText("title"))
        .containsOnly("Nirvana - Nevermind")
        .hasSize(3);
  }

  @Test
  void endsWithOneNewline() {
    String out = Cli.run("--stub", "--json", "release", "249504").out();

    assertThat(out).endsWith("}\n").doesNotEndWith("\n\n");
  }

  @Test
  void printsTheBodyExactlyAsTheServerSentIt() {
    try (StubDiscogsServer server = StubDiscogsServer.start()) {
      String body = "{ \"id\" : 1,  \"title\": \"As sent\", \"unknown_field\": [1, 2] }";
      server.enqueue(dev.needledrop.discogs.testkit.StubResponse.json(body));

      Cli.Result result =
          Cli.run("--base-url", server.baseUrl().toString(), "--json", "release", "1");

      assertThat(result.out()).isEqualTo(body + "\n");
      assertThat(server.lastRequest().orElseThrow().target())
          .isEqualTo("/releases/1?curr_abbr=USD");
    }
  }

  @Test
  void sendsTheSameRequestAsTheSummary() {
    try (StubDiscogsServer server = StubDiscogsServer.start()) {
      String baseUrl = server.baseUrl().toString();
      Cli.run(Cli.tokenEnvironment(), "--base-url", baseUrl, "search", "x", "--year", "1987");
      Cli.run(
          Cli.tokenEnvironment(), "--base-url", baseUrl, "--json", "search", "x", "--year=1987");
      Cli.run("--base-url", baseUrl, "release", "249504", "--currency", "GBP");
      Cli.run("--base-url", baseUrl, "--json", "release", "249504", "--currency", "GBP");

      List<String> targets = server.requests().stream().map(request -> request.target()).toList();
      assertThat(targets.get(0)).isEqualTo(targets.get(1));
      assertThat(targets.get(2)).isEqualTo(targets.get(3));
    }
  }

  @Test
  void reportsAnUnknownIdLikeTheSummary() {
    Cli.Result result = Cli.run("--stub", "--json", "release", "999999999");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .containsExactly(
            "discogs: release 999999999 not found in the stub's recorded catalogue"
                + " (GET /releases/999999999 answered 404: Release not found.);"
                + " the stub holds releases such as 249504, 9536040, 6895819");
  }
}

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  private static final String EVIL = "evil\u001b[2J\u001b[31mRED";

  @Nested
  class Neutralised {

    @Test
    void writesEscapeSequencesAsText() {
      assertThat(TerminalText.neutralised(EVIL)).isEqualTo("evil\\u001b[2J\\u001b[31mRED");
    }

    @Test
    void coversC0DelC1AndBidiOverrides() {
      String steering = "a\u0007b\u0008c\u007fd\u009be\u202ef\u2066g\u0000";

      assertThat(TerminalText.neutralised(steering))
          .isEqualTo("a\\u0007b\\u0008c\\u007fd\\u009be\\u202ef\\u2066g\\u0000");
    }

    @Test
    void keepsTabsLineBreaksAndOrdinaryUnicode() {
      String text = "Björk\tHomogenic\nシティ・ポップ — “quoted” 🎵";

      assertThat(TerminalText.neutralised(text)).isSameAs(text);
    }
  }

  @Test
  void neutralisesWhateverIsWrittenThroughTheWriter() {
    StringWriter target = new StringWriter();
    PrintWriter out = TerminalText.over(target);

    out.print(EVIL);
    out.write('\u001b');
    out.write(EVIL.toCharArray(), 4, 1);
    out.flush();

    assertThat(target.toString()).doesNotContain("\u001b").startsWith("evil\\u001b[2J");
  }

  @Test
  void neutralisesTheFailureLine() {
    Cli.Result result = Cli.run(EVIL);

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("unknown command 'evil\\u001b[2J").doesNotContain("\u001b");
  }

  @Nested
  class EndToEnd extends StubServerTest {

    @Test
    void printsAFolderNamedWithEscapesAsTextButKeepsJsonAsSent() throws Exception {
      createFolder(EVIL);

      Cli.Result human =
          Cli.runAgainst(server, StubDiscogsServer.USER_TOKEN, "collection", "folders");
      Cli.Result json =
          Cli.runAgainst(server, StubDiscogsServer.USER_TOKEN, "--json", "collection", "folders");

      assertThat(human.exitCode()).as(human.err()).isEqualTo(ExitCode.OK);
      assertThat(human.out()).contains("evil\\u001b[2J\\u001b[31mRED").doesNotContain("\u001b");
      assertThat(new ObjectMapper().readTree(json.out()).toString()).contains("\\u001B[2J");
    }

    private void createFolder(String name) throws Exception {
      String body = new ObjectMapper().writeValueAsString(java.util.Map.of("name", name));
      HttpResponse<String> created =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(server.baseUrl() + "/users/example_user/collection/folders"))
                      .header("Authorization", "Discogs token=" + StubDiscogsServer.USER_TOKEN)
                      .header("User-Agent", "TerminalTextTest/1.0")
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).as(created.body()).isBetween(200, 299);
    }
  }
}

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discogs login}, {@code whoami} and {@code logout}, in-process against stubs. */
class LoginCommandsTest {

  @TempDir Path config;

  private Path credentials() {
    return config.resolve("discogs").resolve("credentials");
  }

  private Map<String, String> environment(String... more) {
    Map<String, String> variables = new HashMap<>();
    variables.put(Environment.XDG_CONFIG_HOME, config.toString());
    for (int i = 0; i < more.length; i += 2) {
      variables.put(more[i], more[i + 1]);
    }
    return variables;
  }

  private Properties saved() throws IOException {
    Properties saved = new Properties();
    try (Reader reader = Files.newBufferedReader(credentials())) {
      saved.load(reader);
    }
    return saved;
  }

  @Nested
  class WithTheEmbeddedStub {

    @Test
    void logsInThroughTheStubsAuthorizePageLeavingTheSavedLoginAsItIs() throws IOException {
      String real = plantSavedLogin();

      Cli.Result result = Cli.run(environment(), "--stub", "login");

      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
      assertThat(result.out())
          .contains("Open this page in a browser", "/oauth/authorize?oauth_token=")
          .contains("Logged in as example_user", "kept in memory only")
          .doesNotContain("Saved the access token");
      assertThat(credentials()).hasContent(real);
      assertThat(result.out() + result.err()).doesNotContain(StubDiscogsServer.CONSUMER_SECRET);
    }

    @Test
    void logsInOutOfBandReadingTheVerifierOffThePageAndSavesNothing() {
      Cli.Result result = Cli.run(environment(), "--stub", "login", "--oob", "--hmac-sha1");

      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
      assertThat(result.out()).contains("Logged in as example_user", "kept in memory only");
      assertThat(credentials()).doesNotExist();
      assertThat(config).isEmptyDirectory();
    }

    @Test
    void needsNoConfigurationFolder() {
      Cli.Result result = Cli.run(Map.of(), "--stub", "login");

      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void leavesTheSavedLoginUnderHomeAsItIs() throws IOException {
      Path underHome = config.resolve(".config/discogs/credentials");
      Files.createDirectories(underHome.getParent());
      Files.writeString(underHome, "real login\n");

      Cli.Result result = Cli.run(Map.of(Environment.HOME, config.toString()), "--stub", "login");

      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
      assertThat(underHome).hasContent("real login");
    }

    @Test
    void tellsWhomTheStubsCredentialsActFor() {
      Cli.Result result = Cli.run(environment(), "--stub", "whoami");

      assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(result.outLines()).hasSize(2).first().asString().startsWith("example_user (user ");
      assertThat(result.out()).contains("Credentials: the stub's token of its user.");
    }

    @Test
    void printsTheIdentityAsDiscogsSentItWithJson() {
      Cli.Result result = Cli.run(environment(), "--stub", "--json", "whoami");

      assertThat(result.out()).contains("\"username\": \"example_user\"");
    }
  }

  @Nested
  class AgainstAServer extends StubServerTest {

    private String url;

    @BeforeEach
    void prepare() {
      url = server.baseUrl().toString();
    }

    private Map<String, String> withConsumer(String... more) {
      Map<String, String> variables = environment(more);
      variables.put(Environment.CONSUMER_KEY, StubDiscogsServer.CONSUMER_KEY);
      variables.put(Environment.CONSUMER_SECRET, StubDiscogsServer.CONSUMER_SECRET);
      return variables;
    }

    /** What a user types once the authorize page showed the verifier: the stub's approval. */
    private Reader typedVerifier() {
      return typedAs((token, verifier) -> verifier);
    }

    // Types what the user would, made from the request token and the verifier once they exist.
    private Reader typedAs(BiFunction<String, String, String> line) {
      return new Reader() {
        private Reader typed;

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
          if (typed == null) {
            String token = server.oauth().pendingRequestTokens().get(0);
            typed = new StringReader(line.apply(token, server.oauth().approve(token)) + "\n");
          }
          return typed.read(buffer, offset, length);
        }

        @Override
        public void close() {}
      };
    }

    private Cli.Result loginTypingTheVerifier(String... extra) {
      String[] args = new String[5 + extra.length];
      args[0] = "--base-url";
      args[1] = url;
      args[2] = "login";
      args[3] = "--oob";
      args[4] = "--web-url=" + url;
      System.arraycopy(extra, 0, args, 5, extra.length);
      return Cli.run(withConsumer(), typedVerifier(), args);
    }

    @Test
    void savesALoginThatLaterCommandsSignWith() throws IOException {
      Cli.Result login = loginTypingTheVerifier();

      assertThat(login.exitCode()).as(login.err()).isEqualTo(ExitCode.OK);
      assertThat(login.out())
          .contains("Then type the verifier Discogs shows:")
          .contains("Logged in as example_user", "Saved the access token in " + credentials());
      assertThat(Files.getPosixFilePermissions(credentials()))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(Files.getPosixFilePermissions(credentials().getParent()))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      assertThat(saved().getProperty("username")).isEqualTo("example_user");
      assertThat(login.out() + login.err())
          .doesNotContain(
              saved().getProperty("oauth_token_secret"), StubDiscogsServer.CONSUMER_SECRET);

      Cli.Result whoami = Cli.run(environment(), "--base-url", url, "whoami");
      assertThat(whoami.exitCode()).as(whoami.err()).isEqualTo(ExitCode.OK);
      assertThat(whoami.out())
          .startsWith("example_user (user ")
          .contains("Credentials: the login saved in " + credentials() + ".");
      assertThat(server.lastRequest().orElseThrow().header("Authorization"))
          .hasValueSatisfying(header -> assertThat(header).startsWith("OAuth "));

      Cli.Result wantlist = Cli.run(environment(), "--base-url", url, "wantlist");
      assertThat(wantlist.exitCode()).as(wantlist.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void acceptsThePastedAddressTheBrowserWasSentTo() {
      Reader pastedAddress =
          typedAs(
              (token, verifier) ->
                  "http://127.0.0.1:1/callback?oauth_token="
                      + token
                      + "&oauth_verifier="
                      + verifier);

      Cli.Result login =
          Cli.run(
              withConsumer(), pastedAddress, "--base-url", url, "login", "--oob", "--web-url", url);

      assertThat(login.exitCode()).as(login.err()).isEqualTo(ExitCode.OK);
      assertThat(login.out()).contains("Logged in as example_user");
    }

    @Test
    void refusesAPastedAddressOfAnotherLogin() {
      Reader otherLogin =
          typedAs((token, verifier) -> "http://x/cb?oauth_token=other&oauth_verifier=" + verifier);

      Cli.Result login =
          Cli.run(
              withConsumer(), otherLogin, "--base-url", url, "login", "--oob", "--web-url", url);

      assertThat(login.exitCode()).isNotZero();
      assertThat(login.err()).contains("not the one Discogs sent for this login");
    }

    @Test
    void savesUnderHomeWithoutXdgConfigHome() {
      Map<String, String> homeOnly = withConsumer();
      homeOnly.remove(Environment.XDG_CONFIG_HOME);
      homeOnly.put(Environment.HOME, config.toString());

      Cli.Result login =
          Cli.run(homeOnly, typedVerifier(), "--base-url", url, "login", "--oob", "--web-url", url);

      assertThat(login.exitCode()).as(login.err()).isEqualTo(ExitCode.OK);
      assertThat(config.resolve(".config/discogs/credentials")).exists();
    }

    @Test
    void signsWithHmacSha1WhenAsked() throws IOException {
      Cli.Result login = loginTypingTheVerifier("--hmac-sha1");

      assertThat(login.exitCode()).as(login.err()).isEqualTo(ExitCode.OK);
      assertThat(saved().getProperty("signature_method")).isEqualTo("HMAC_SHA1");
    }

    @Test
    void letsTheTokenVariableWinOverTheSavedLogin() {
      loginTypingTheVerifier();

      Cli.Result whoami =
          Cli.run(
              environment(Environment.TOKEN, StubDiscogsServer.OTHER_USER_TOKEN),
              "--base-url",
              url,
              "whoami");

      assertThat(whoami.out())
          .startsWith("other_user (user ")
          .contains("Credentials: the personal token in DISCOGS_TOKEN.");
    }

    @Test
    void catchesTheVerifierWithAReceiverOn127001() throws Exception {
      CompletableFuture<Cli.Result> login =
          CompletableFuture.supplyAsync(
              () -> Cli.run(withConsumer(), "--base-url", url, "login", "--web-url", url));
      String token = awaitPendingRequestToken();

      HttpResponse<String> browser =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/oauth/authorize?oauth_token=" + token))
                      .header("User-Agent", "Browser/1.0")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(browser.body()).contains("go back to the terminal");
      Cli.Result result = login.get(10, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
      assertThat(result.out())
          .contains("Waiting for Discogs to send the browser back to http://127.0.0.1:");
      assertThat(saved().getProperty("base_url")).isEqualTo(url);
    }

    @Test
    void ignoresCallbacksForAnotherRequestTokenAndKeepsWaiting() throws Exception {
      CompletableFuture<Cli.Result> login =
          CompletableFuture.supplyAsync(
              () -> Cli.run(withConsumer(), "--base-url", url, "login", "--web-url", url));
      String token = awaitPendingRequestToken();
      HttpClient browser = HttpClient.newHttpClient();
      HttpResponse<Void> authorize =
          browser.send(
              HttpRequest.newBuilder(URI.create(url + "/oauth/authorize?oauth_token=" + token))
                  .header("User-Agent", "Browser/1.0")
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      URI callback = URI.create(authorize.headers().firstValue("Location").orElseThrow());

      for (URI stray :
          List.of(
              URI.create(callback.toString().replace(token, "another-request-token")),
              callback.resolve("/callback?oauth_token=" + token),
              callback.resolve("/callback"),
              callback.resolve("/callback?denied=another-request-token"))) {
        HttpResponse<String> answer =
            browser.send(HttpRequest.newBuilder(stray).build(), BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(stray.toString()).isEqualTo(400);
        assertThat(answer.body()).contains("not the request the login waits for");
      }
      assertThat(login).isNotDone();
      HttpResponse<String> approved =
          browser.send(HttpRequest.newBuilder(callback).build(), BodyHandlers.ofString());

      assertThat(approved.statusCode()).isEqualTo(200);
      assertThat(approved.body()).contains("go back to the terminal");
      Cli.Result result = login.get(10, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
      assertThat(saved().getProperty("username")).isEqualTo("example_user");
    }

    @Test
    void failsWithTheAuthCodeWhenTheUserDeclines() throws Exception {
      CompletableFuture<Cli.Result> login =
          CompletableFuture.supplyAsync(
              () -> Cli.run(withConsumer(), "--base-url", url, "login", "--web-url", url));
      String token = awaitPendingRequestToken();

      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build()
          .send(
              HttpRequest.newBuilder(
                      URI.create(url + "/oauth/authorize?deny=1&oauth_token=" + token))
                  .header("User-Agent", "Browser/1.0")
                  .build(),
              HttpResponse.BodyHandlers.discarding());

      Cli.Result result = login.get(10, TimeUnit.SECONDS);
      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.err()).contains("login failed: the user declined");
      assertThat(credentials()).doesNotExist();
    }

    @Test
    void usesNoLoginSavedForAnotherServer() {
      loginTypingTheVerifier();

      try (StubDiscogsServer another = StubDiscogsServer.start()) {
        Cli.Result whoami =
            Cli.run(environment(), "--base-url", another.baseUrl().toString(), "whoami");

        assertThat(whoami.exitCode()).isEqualTo(ExitCode.AUTH);
        assertThat(whoami.err())
            .contains("identity needs a user's credentials")
            .contains("the login saved in " + credentials() + " is for " + url);
        assertThat(another.requests()).isEmpty();
      }
    }

    @Test
    void needsTheConsumerKeyAndSecret() {
      Cli.Result result = Cli.run(environment(), "--base-url", url, "login");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("DISCOGS_CONSUMER_KEY", "DISCOGS_CONSUMER_SECRET");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void refusesAWrongConsumerSecretWithTheAuthCode() {
      Map<String, String> wrong = withConsumer();
      wrong.put(Environment.CONSUMER_SECRET, "not-the-secret");

      Cli.Result result = Cli.run(wrong, "--base-url", url, "login", "--oob", "--web-url", url);

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.err())
          .doesNotContain("not-the-secret")
          .contains("--consumer-key", Environment.CONSUMER_SECRET)
          .doesNotContain(Environment.TOKEN);
    }

    @Test
    void refusesAWebUrlThatIsNotASecureSiteAsAUsageError() {
      Cli.Result result =
          Cli.run(withConsumer(), "--base-url", url, "login", "--web-url", "http://x");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("--web-url", "https://www.discogs.com");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void refusesABlankTokenVariableInsteadOfIgnoringIt() {
      Cli.Result result =
          Cli.run(environment(Environment.TOKEN, "  "), "--base-url", url, "whoami");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.err()).contains("DISCOGS_TOKEN is set but blank");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void warnsWhenTheSavedLoginIsReadableByOthers() throws IOException {
      loginTypingTheVerifier();
      Files.setPosixFilePermissions(credentials(), PosixFilePermissions.fromString("rw-r--r--"));

      Cli.Result result = Cli.run(environment(), "--base-url", url, "whoami");

      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
      assertThat(result.err()).contains("warning: " + credentials(), "chmod 600");
    }

    @Test
    void saysThatDiscogsRefusedTheTokenVariable() {
      Cli.Result result =
          Cli.run(environment(Environment.TOKEN, "a-wrong-token"), "--base-url", url, "whoami");

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.err())
          .contains("Discogs refused the personal token in DISCOGS_TOKEN")
          .doesNotContain("a-wrong-token");
    }

    @Test
    void saysThatDiscogsRefusedTheSavedLogin() throws IOException {
      loginTypingTheVerifier();
      Properties broken = saved();
      broken.setProperty("oauth_token_secret", "not-the-token-secret");
      try (java.io.Writer writer = Files.newBufferedWriter(credentials())) {
        broken.store(writer, null);
      }

      Cli.Result result = Cli.run(environment(), "--base-url", url, "whoami");

      assertThat(result.exitCode()).isEqualTo(ExitCode.AUTH);
      assertThat(result.err()).contains("the login saved in " + credentials() + " was refused");
    }

    private String awaitPendingRequestToken() throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) {
        List<String> pending = server.oauth().pendingRequestTokens();
        if (!pending.isEmpty()) {
          return pending.get(0);
        }
        Thread.sleep(20);
      }
      throw new AssertionError("the login asked for no request token");
    }
  }

  @Nested
  class Logout {

    @Test
    void removesTheSavedLogin() throws IOException {
      plantSavedLogin();

      Cli.Result result = Cli.run(environment(), "logout");

      assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(result.out()).isEqualTo("Logged out: removed " + credentials() + ".\n");
      assertThat(credentials()).doesNotExist();
      assertThat(Cli.run(environment(), "logout").out()).startsWith("Not logged in: no ");
    }

    @Test
    void leavesTheSavedLoginAloneWithStubGivenBeforeOrAfterIt() throws IOException {
      String real = plantSavedLogin();

      for (String[] args :
          List.of(new String[] {"--stub", "logout"}, new String[] {"logout", "--stub"})) {
        Cli.Result result = Cli.run(environment(), args);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("Nothing to log out of with --stub");
        assertThat(credentials()).hasContent(real);
      }
    }

    @Test
    void needsAConfigurationFolder() {
      assertThat(Cli.run(Map.of(), "logout").exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(Cli.run(Map.of(), "login").err()).contains("XDG_CONFIG_HOME or HOME");
    }
  }

  // A login saved earlier, as the user's real one; returns what the file holds.
  private String plantSavedLogin() throws IOException {
    String real = "# the user's real login\nusername=real_user\n";
    Files.createDirectories(credentials().getParent());
    Files.writeString(credentials(), real);
    return real;
  }
}

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import dev.needledrop.discogs.testkit.StubResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The command as a whole: help, version, global options, logging and failures. */
class DiscogsCliTest {

  @Nested
  class Help {

    @Test
    void listsTheCommandsOptionsExitCodesAndTheTokenVariable() {
      Cli.Result result = Cli.run("--help");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out())
          .startsWith("Usage: discogs ")
          .contains(
              "release", "master", "artist", "label", "search", "listing", "inventory", "orders")
          .contains("login", "whoami", "logout")
          .contains("--stub", "--json", "-v", "--base-url")
          .contains("Exit codes:")
          .contains("DISCOGS_TOKEN", "DISCOGS_CONSUMER_KEY", "XDG_CONFIG_HOME");
      assertThat(result.outLines())
          .anyMatch(line -> line.matches("\\s+0\\s+done"))
          .anyMatch(line -> line.matches("\\s+1\\s+Discogs answered with another error.*"))
          .anyMatch(line -> line.matches("\\s+2\\s+the command line is wrong.*"))
          .anyMatch(line -> line.matches("\\s+3\\s+no such release.*"))
          .anyMatch(line -> line.matches("\\s+4\\s+credentials missing.*"))
          .anyMatch(line -> line.matches("\\s+5\\s+Discogs' rate limit is spent.*"));
    }

    @Test
    void describesEachCommandsOptions() {
      Cli.Result release = Cli.run("release", "--help");
      Cli.Result search = Cli.run("search", "--help");

      assertThat(release.exitCode()).isZero();
      assertThat(release.out()).startsWith("Usage: discogs release ").contains("--currency=CODE");
      assertThat(search.out())
          .contains("--type=TYPE", "--release-title=TEXT", "--catno=TEXT", "--contributor=TEXT")
          .contains("--per-page=N", "--page=N", "--year=YEAR");
    }

    @ParameterizedTest(name = "discogs {0} --help")
    @ValueSource(
        strings = {
          "",
          "release",
          "master",
          "artist",
          "label",
          "search",
          "help",
          "collection",
          "wantlist",
          "want",
          "listing",
          "inventory",
          "orders",
          "login",
          "whoami",
          "logout"
        })
    void fitsEightyColumnsLeavingNoWordAloneOnALine(String command) {
      String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "-h"};

      List<String> lines = Cli.run(args).outLines();

      assertThat(lines).isNotEmpty().allMatch(line -> line.length() <= DiscogsCli.USAGE_WIDTH);
      // A continued description never ends with one word on its own line, such as "--stub.";
      // option names, headings ("Commands:"), parameters ("ID") and the usage line's options
      // ("[--stub-user=NAME]") stand alone by design.
      assertThat(lines)
          .filteredOn(line -> line.startsWith(" ") && line.strip().split(" ").length == 1)
          .allMatch(line -> line.strip().matches("-.*|.*:|\\[?[A-Z]+(\\.\\.\\.)?\\]?|\\[-.*\\]"));
    }

    @Test
    void keepsTheDefaultUrlWhole() {
      assertThat(Cli.run("--help").outLines())
          .anyMatch(line -> line.strip().equals("Default: https://api.discogs.com"));
    }

    @Test
    void showsACommandsHelpThroughTheHelpCommand() {
      Cli.Result viaHelp = Cli.run("help", "release");

      assertThat(viaHelp.exitCode()).isZero();
      assertThat(viaHelp.err()).isEmpty();
      assertThat(viaHelp.out()).isEqualTo(Cli.run("release", "--help").out());
    }

    @Test
    void showsTheHelpOfASubcommandThroughTheHelpCommand() {
      Cli.Result viaHelp = Cli.run("help", "want", "add");
      Cli.Result deeper = Cli.run("help", "collection", "folders");

      assertThat(viaHelp.exitCode()).isZero();
      assertThat(viaHelp.out())
          .startsWith("Usage: discogs want add ")
          .isEqualTo(Cli.run("want", "add", "--help").out());
      assertThat(deeper.out()).isEqualTo(Cli.run("collection", "folders", "--help").out());
      assertThat(Cli.run("help").out()).isEqualTo(Cli.run("--help").out());
    }

    @Test
    void refusesHelpForACommandThatDoesNotExist() {
      Cli.Result result = Cli.run("help", "want", "replace");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: 'discogs want' has no command 'replace'; it has add, remove;"
                  + " see 'discogs help --help'");
    }

    @Test
    void saysEachStubRunStartsAfreshAndWhichUsersItKnows() {
      String help = String.join(" ", Cli.run("--help").outLines()).replaceAll("\\s+", " ");

      assertThat(help)
          .contains(
              "Each run starts a fresh stub, and what a command changes there is gone when it")
          .contains("--stub-user=NAME With --stub, act as this user of the stub: example_user")
          .contains("example_seller (the recorded listings, order and inventory) or other_user");
    }

    @Test
    void printsTheVersionAndTheUserAgentNamingTheApplication() {
      Cli.Result top = Cli.run("--version");
      Cli.Result sub = Cli.run("release", "-V");

      assertThat(top.exitCode()).isZero();
      assertThat(top.outLines())
          .first()
          .asString()
          .matches("discogs \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
      assertThat(top.out())
          .contains(
              "User-Agent: NeedledropDiscogsCli/"
                  + Version.number()
                  + " +https://github.com/needledrop/discogs-java");
      assertThat(sub.out()).isEqualTo(top.out());
    }
  }

  @Nested
  class GlobalOptions extends StubServerTest {

    @Test
    void takesThemBeforeOrAfterTheCommandName() {
      Cli.Result before = Cli.run("--stub", "release", "249504");
      Cli.Result after = Cli.run("release", "249504", "--stub");
      Cli.Result json = Cli.run("release", "--json", "249504", "--stub");

      assertThat(before.exitCode()).isZero();
      assertThat(after.out()).isEqualTo(before.out());
      assertThat(json.out()).startsWith("{").contains("\"id\": 249504");
    }

    @Test
    void sendsTheUserAgentNamingTheApplication() {
      Cli.run("--base-url", server.baseUrl().toString(), "release", "249504");

      assertThat(server.lastRequest().orElseThrow().header("User-Agent"))
          .contains(Version.userAgent())
          .hasValueSatisfying(agent -> assertThat(agent).startsWith("NeedledropDiscogsCli/"));
    }

    @Test
    void sendsNoCredentialsWithoutATokenInTheEnvironment() {
      Cli.run("--base-url", server.baseUrl().toString(), "release", "249504");

      assertThat(server.lastRequest().orElseThrow().header("Authorization")).isEmpty();
    }

    @Test
    void refusesTheStubTogetherWithAnotherServer() {
      Cli.Result result =
          Cli.run("--stub", "release", "249504", "--base-url", server.baseUrl().toString());

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: --stub and --base-url exclude each other: pick one server;"
                  + " see 'discogs release --help'");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void actsAsTheStubUserNamed() {
      Cli.Result seller = Cli.run("--stub", "--stub-user", "example_seller", "orders");
      Cli.Result after = Cli.run("orders", "--stub", "--stub-user=example_seller");

      assertThat(seller.exitCode()).isZero();
      assertThat(seller.outLines()).last().isEqualTo("page 1 of 1 (1 order)");
      assertThat(after.out()).isEqualTo(seller.out());
      assertThat(Cli.run("--stub", "orders").outLines())
          .containsExactly("No orders.", "page 1 of 1 (0 orders)");
    }

    @Test
    void refusesAStubUserWithoutTheStubOrUnknownToIt() {
      Cli.Result withoutStub = Cli.run("--stub-user", "example_seller", "orders");
      Cli.Result unknown = Cli.run("--stub", "--stub-user", "nobody", "orders");

      assertThat(withoutStub.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(withoutStub.errLines())
          .containsExactly(
              "discogs: --stub-user names a user of the stub, so it needs --stub;"
                  + " see 'discogs orders --help'");
      assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(unknown.errLines())
          .containsExactly(
              "discogs: --stub-user must be one of example_user, example_seller, other_user,"
                  + " the users the stub knows, but was 'nobody'; see 'discogs orders --help'");
    }

    @Test
    void refusesToSendATokenOverPlainHttpToAnotherHost() {
      Cli.Result result =
          Cli.run(
              Map.of(Environment.TOKEN, Cli.SECRET_TOKEN),
              "--base-url",
              "http://discogs.example.invalid",
              "release",
              "1");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .contains("credentials are only sent over https")
          .doesNotContain(Cli.SECRET_TOKEN);
    }

    @Test
    void refusesAnUnknownOptionOrNoCommandAtAll() {
      Cli.Result unknown = Cli.run("--stub", "release", "249504", "--bogus");
      Cli.Result none = Cli.run("--stub");

      assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(unknown.errLines())
          .containsExactly("discogs: unknown option '--bogus'; see 'discogs release --help'");
      assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(none.errLines())
          .containsExactly(
              "discogs: a command is needed: release, master, artist, label, search, collection,"
                  + " wantlist, want, listing, inventory, orders, login, whoami or logout; see"
                  + " 'discogs --help'");
    }
  }

  @Nested
  class UsageErrors {

    @Test
    void nameAnUnknownCommandAndWhereToLook() {
      Cli.Result result = Cli.run("frobnicate");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly("discogs: unknown command 'frobnicate'; see 'discogs --help'");
    }

    @Test
    void suggestTheCommandATypoWasMeantToBe() {
      assertThat(Cli.run("relase", "249504").errLines())
          .containsExactly(
              "discogs: unknown command 'relase' (did you mean 'release'?);"
                  + " see 'discogs --help'");
    }

    @Test
    void nameAnArgumentTooMany() {
      Cli.Result result = Cli.run("--stub", "release", "249504", "1");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly("discogs: unexpected argument '1'; see 'discogs release --help'");
    }

    @Test
    void sayWhatABaseUrlMustBe() {
      Cli.Result result = Cli.run("--base-url", "notaurl", "release", "1");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .startsWith(
              "discogs: --base-url must be an http or https URL, such as"
                  + " https://api.discogs.com");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "http://127.0.0.1:99999 | must have a port from 1 to 65535, but had 99999",
          "http://127.0.0.1:1/api/?token=qtok999 | must have no query or fragment",
          "http://user:s3cretpw@127.0.0.1:1 | must not hold a user name or password",
          "ftp://127.0.0.1?token=qtok999 | must have no query or fragment"
        })
    void refuseABaseUrlAsAUsageErrorWithoutQuotingItsSecrets(String url, String reason) {
      Cli.Result result = Cli.run("--base-url", url, "release", "1");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines()).singleElement().asString().contains("--base-url " + reason);
      assertThat(result.err()).doesNotContain("qtok999").doesNotContain("s3cretpw");
    }

    @Test
    void sayWhatAnArtistIdIsWithTheRightArticle() {
      Cli.Result result = Cli.run("--stub", "artist", "0");

      assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: 0 is not an artist id: ids are positive whole numbers;"
                  + " see 'discogs artist --help'");
    }
  }

  @Nested
  class Logging {

    @Test
    void writesNothingButTheOutputByDefault() {
      Cli.Result result = Cli.run("--stub", "release", "249504");

      assertThat(result.err()).isEmpty();
      assertThat(result.out()).doesNotContain("DEBUG", "GET /releases");
    }

    @Test
    void logsRequestLinesToStandardErrorWithVerbose() {
      Cli.Result result = Cli.run("--stub", "-v", "release", "249504");

      assertThat(result.exitCode()).isZero();
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .matches("DEBUG GET /releases/249504\\?curr_abbr=USD -> 200 \\(\\d+ ms\\)");
      assertThat(result.out()).startsWith("Rick Astley - Never Gonna Give You Up");
    }

    @Test
    void addsRedactedHeadersWithVeryVerbose() {
      Cli.Result result = Cli.run("release", "249504", "--stub", "-vv");

      assertThat(result.errLines())
          .contains("TRACE > Authorization: ****")
          .anyMatch(line -> line.startsWith("TRACE > User-Agent: NeedledropDiscogsCli/"))
          .anyMatch(line -> line.startsWith("TRACE < x-discogs-ratelimit"))
          .noneMatch(line -> line.contains(StubDiscogsServer.USER_TOKEN));
    }

    @Test
    void countsVerboseFlagsGivenOnBothSidesOfTheCommand() {
      Cli.Result result = Cli.run("-v", "release", "249504", "--stub", "-v");

      assertThat(result.errLines()).anyMatch(line -> line.startsWith("TRACE "));
    }

    @Test
    void neverLogsTheTokenFromTheEnvironment() {
      try (StubDiscogsServer server =
          StubDiscogsServer.builder().user("token_owner", Cli.SECRET_TOKEN).start()) {
        Cli.Result result =
            Cli.run(
                Map.of(Environment.TOKEN, Cli.SECRET_TOKEN),
                "-vv",
                "--base-url",
                server.baseUrl().toString(),
                "release",
                "999999999");

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(result.err()).contains("Authorization: ****").doesNotContain(Cli.SECRET_TOKEN);
      }
    }

    @Test
    void explainsARetryAndItsWaitWithVerbose() {
      try (StubDiscogsServer server =
          StubDiscogsServer.builder().user("token_owner", Cli.SECRET_TOKEN).start()) {
        server.inject(StubFault.serverError(503).on("GET", "/releases/*"));

        Cli.Result result =
            Cli.run(
                Map.of(Environment.TOKEN, Cli.SECRET_TOKEN),
                "-v",
                "--base-url",
                server.baseUrl().toString(),
                "release",
                "249504");

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines())
            .anyMatch(line -> line.matches("INFO  GET /releases/249504 will retry .* in .*: .*"));
      }
    }

    @Test
    void putsTheLoggersBackAfterTheRun() {
      Logger http = (Logger) LoggerFactory.getLogger("dev.needledrop.discogs.http");
      Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
      Level before = http.getLevel();

      Cli.run("--stub", "-vv", "release", "249504");

      assertThat(http.getLevel()).isEqualTo(before);
      assertThat(root.getLevel()).isEqualTo(Level.OFF);
      assertThat(root.iteratorForAppenders().hasNext()).isFalse();
      assertThat(Cli.run("--stub", "release", "249504").err()).isEmpty();
    }
  }

  @Nested
  class Failures extends StubServerTest {

    @Test
    void exitsWithFiveWhenRateLimitedSayingHowLongToWait() {
      server.enqueue(
          StubResponse.status(429)
              .header("Content-Type", "application/json")
              .header("Retry-After", "42")
              .body("{\"message\": \"You are making requests too quickly.\"}"));

      Cli.Result result =
          Cli.run("--no-retry", "--base-url", server.baseUrl().toString(), "master", "52086");

      assertThat(result.exitCode()).isEqualTo(ExitCode.RATE_LIMITED);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: master 52086 refused: Discogs' rate limit is spent, retry in 42 s"
                  + " (GET /masters/52086 answered 429: You are making requests too quickly.)");
    }

    @Test
    void exitsWithOneForAServerError() {
      server.enqueue(StubResponse.status(502).header("Content-Type", "text/html").body("<h1>x"));

      Cli.Result result =
          Cli.run("--no-retry", "--base-url", server.baseUrl().toString(), "artist", "45");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(result.errLines())
          .containsExactly(
              "discogs: artist 45 failed: GET /artists/45 answered 502 — body starts: <h1>x");
    }

    @Test
    void retriesAServerErrorByDefaultAndSucceeds() {
      server.enqueue(StubResponse.status(502).header("Content-Type", "text/html").body("<h1>x"));

      Cli.Result result = Cli.run("--base-url", server.baseUrl().toString(), "artist", "45");

      assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(result.out()).contains("Aphex Twin");
    }

    @Test
    void exitsWithOneWhenTheServerCannotBeReached() throws IOException {
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        closedPort = socket.getLocalPort();
      }

      Cli.Result result = Cli.run("--base-url", "http://127.0.0.1:" + closedPort, "label", "1");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(result.errLines())
          .singleElement()
          .asString()
          .startsWith("discogs: label 1 failed: GET /labels/1 failed: ");
    }

    @Test
    void exitsWithOneWhenTheAnswerIsUnreadable() {
      server.enqueue(StubResponse.json("{\"id\": "));

      Cli.Result result = Cli.run("--base-url", server.baseUrl().toString(), "label", "1");

      assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(result.errLines()).singleElement().asString().contains("malformed JSON");
    }

    @Test
    void showsTheStackTraceOnlyWithVerbose() {
      Cli.Result quiet = Cli.run("--stub", "release", "999999999");
      Cli.Result verbose = Cli.run("--stub", "-v", "release", "999999999");

      assertThat(quiet.errLines()).hasSize(1);
      assertThat(verbose.err())
          .contains("dev.needledrop.discogs.error.NotFoundException")
          .contains("\tat ");
    }
  }
}

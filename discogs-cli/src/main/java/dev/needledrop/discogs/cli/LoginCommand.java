package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.AuthorizationCallback;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.OAuthCallback;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.OAuthVerifier;
import dev.needledrop.discogs.auth.RequestToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.oauth.OAuthFlowClient;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code discogs login}: the OAuth 1.0a flow for an application's consumer key and secret, which
 * ends with the user's access token saved for later commands.
 *
 * <p>It asks Discogs for a request token, prints the authorize page, and takes the verifier either
 * from the browser (sent back to a one-shot receiver on 127.0.0.1) or, with {@code --oob}, typed
 * in. It exchanges it for the access token, checks with {@code /oauth/identity} whom the token acts
 * for, and saves it readable by the user alone. With {@code --stub} the command plays the browser
 * itself on the stub's authorize page, and the stub's token stays in the run's memory: the user's
 * saved login is neither read, written nor removed.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Logs in to your Discogs account with OAuth, for the commands that act for you.",
      "Prints a Discogs page to open in a browser, takes the verifier Discogs hands out,"
          + " checks whom the new access token acts for, and saves it in"
          + " $XDG_CONFIG_HOME/discogs/credentials (or ~/.config/discogs/credentials), readable"
          + " by you alone. Later commands use it unless DISCOGS_TOKEN is set.",
      "With --stub the login is made with the stub of the run and kept in memory only: the saved"
          + " login is left as it is.",
      "Needs the consumer key and secret of an application (Discogs > Settings > Developers),"
          + " from the options or from DISCOGS_CONSUMER_KEY and DISCOGS_CONSUMER_SECRET."
    })
final class LoginCommand extends DiscogsCommand {

  @Option(
      names = "--consumer-key",
      paramLabel = "KEY",
      description = {"The application's consumer key.", "Default: DISCOGS_CONSUMER_KEY"})
  String consumerKey;

  @Option(
      names = "--consumer-secret",
      paramLabel = "SECRET",
      description = {
        "The application's consumer secret; the variable keeps it out of the shell history.",
        "Default: DISCOGS_CONSUMER_SECRET"
      })
  String consumerSecret;

  @Option(
      names = "--oob",
      description =
          "Type in the verifier Discogs shows instead of catching it with a receiver on"
              + " 127.0.0.1.")
  boolean outOfBand;

  @Option(names = "--hmac-sha1", description = "Sign with HMAC-SHA1 instead of PLAINTEXT.")
  boolean hmacSha1;

  @Option(
      names = "--web-url",
      paramLabel = "URL",
      description = {
        "The authorize page's host, for another server.",
        "Default: https://www.discogs.com, or the stub"
      })
  URI webUrl;

  private ConsumerCredentials consumer;
  private Optional<Path> file = Optional.empty();

  @Override
  void checkArguments() {
    WriteCommands.refuseJson(this);
    if (!settings().stub()) {
      file =
          Optional.of(
              LoginFile.location(cli().environment())
                  .orElseThrow(
                      () ->
                          usageError(
                              "no folder to save the login in: set XDG_CONFIG_HOME or HOME")));
    }
    consumer = usage(this::consumer);
    if (webUrl != null) {
      usage(() -> requireWebHost(webUrl));
    }
  }

  // Refused before anything starts, with the kind of URL that is meant: the site, not the API.
  private static URI requireWebHost(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme();
    boolean loopback =
        url.getHost() != null
            && (url.getHost().equals("localhost") || url.getHost().matches("127[.0-9]*|\\[::1]"));
    if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && loopback)) {
      throw new IllegalArgumentException(
          "--web-url must be the https address of the site that shows the authorize page, such"
              + " as "
              + OAuthFlowClient.DEFAULT_WEB_URL
              + " (plain http only to this machine)");
    }
    return url;
  }

  @Override
  String subject() {
    return "login";
  }

  // The flow sends only the application's key and secret: nothing else can be refused.
  @Override
  String credentialsAdvice() {
    return "check the application's consumer key and secret, given with --consumer-key and"
        + " --consumer-secret or in "
        + Environment.CONSUMER_KEY
        + " and "
        + Environment.CONSUMER_SECRET;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    throw WriteCommands.noJson(this);
  }

  @Override
  void summarise(Discogs ignored, PrintWriter out) {
    Connection connection = connection();
    OAuthFlowClient flow = flow(connection);
    OAuthCredentials granted =
        outOfBand ? typedIn(flow, connection, out) : caught(flow, connection, out);
    Identity identity = identityOf(connection, granted);

    out.println("Logged in as " + identity.username() + " (user " + identity.id() + ").");
    if (file.isEmpty()) {
      // The stub's token dies with the stub: saving it would only replace a real login.
      out.println(
          "The stub of this run issued the access token, so it was kept in memory only and"
              + " your saved login, if any, was left as it is.");
      return;
    }
    LoginFile.write(file.get(), new SavedLogin(connection.baseUrl(), granted, identity.username()));
    out.println("Saved the access token in " + file.get() + ", readable by you alone.");
    if (cli().environment().variable(Environment.TOKEN).isPresent()) {
      out.println(Environment.TOKEN + " is set and still wins over the saved login.");
    }
  }

  private ConsumerCredentials consumer() {
    Optional<String> key =
        Optional.ofNullable(consumerKey)
            .or(() -> cli().environment().variable(Environment.CONSUMER_KEY));
    Optional<String> secret =
        Optional.ofNullable(consumerSecret)
            .or(() -> cli().environment().variable(Environment.CONSUMER_SECRET));
    if (settings().stub() && key.isEmpty() && secret.isEmpty()) {
      return new ConsumerCredentials(
          StubDiscogsServer.CONSUMER_KEY, StubDiscogsServer.CONSUMER_SECRET);
    }
    if (key.isEmpty() || secret.isEmpty()) {
      throw new IllegalArgumentException(
          "login needs the application's consumer key and secret: give --consumer-key and"
              + " --consumer-secret, or set "
              + Environment.CONSUMER_KEY
              + " and "
              + Environment.CONSUMER_SECRET);
    }
    return new ConsumerCredentials(key.get(), secret.get());
  }

  private OAuthFlowClient flow(Connection connection) {
    DiscogsConfig config =
        DiscogsConfig.builder(connection.config().userAgent())
            .baseUrl(connection.baseUrl())
            // The flow's calls are logged with the others at -vv.
            .callListener(connection.config().callListener())
            .build();
    URI web =
        settings().stub()
            ? connection.baseUrl()
            : Optional.ofNullable(webUrl).orElse(OAuthFlowClient.DEFAULT_WEB_URL);
    return OAuthFlowClient.builder(config)
        .webUrl(web)
        .signatureMethod(hmacSha1 ? SignatureMethod.HMAC_SHA1 : SignatureMethod.PLAINTEXT)
        .build();
  }

  private OAuthCredentials caught(OAuthFlowClient flow, Connection connection, PrintWriter out) {
    try (CallbackReceiver receiver = CallbackReceiver.start()) {
      RequestToken requestToken =
          flow.requestToken(consumer, OAuthCallback.to(receiver.callbackUrl()));
      receiver.expect(requestToken);
      URI page = flow.authorizeUrl(requestToken);
      out.println("Open this page in a browser and allow the application:");
      out.println("  " + page);
      out.println("Waiting for Discogs to send the browser back to " + receiver.callbackUrl());
      out.flush();
      connection.stub().ifPresent(stub -> StubBrowser.follow(page, connection.config()));
      URI redirect =
          receiver
              .await(RequestToken.LIFETIME)
              .orElseThrow(
                  () ->
                      new CommandFailure(
                          "login gave up: no answer from the browser within 15 minutes"));
      OAuthVerifier verifier =
          AuthorizationCallback.fromRedirect(redirect).verifierFor(requestToken);
      return flow.accessToken(consumer, requestToken, verifier);
    }
  }

  private OAuthCredentials typedIn(OAuthFlowClient flow, Connection connection, PrintWriter out) {
    RequestToken requestToken = flow.requestToken(consumer, OAuthCallback.outOfBand());
    URI page = flow.authorizeUrl(requestToken);
    out.println("Open this page in a browser and allow the application:");
    out.println("  " + page);
    String typed =
        connection.stub().isPresent()
            ? StubBrowser.readVerifier(page, connection.config())
            : prompt(out);
    return flow.accessToken(consumer, requestToken, verifierIn(typed.strip(), requestToken));
  }

  // A user may paste the whole page address the browser was sent to instead of the verifier.
  private static OAuthVerifier verifierIn(String typed, RequestToken requestToken) {
    if (!typed.contains("oauth_verifier=")) {
      return OAuthVerifier.of(typed);
    }
    try {
      return AuthorizationCallback.fromRedirect(URI.create(typed)).verifierFor(requestToken);
    } catch (IllegalArgumentException notTheRedirect) {
      throw new CommandFailure(
          "login gave up: the address typed in is not the one Discogs sent for this login");
    }
  }

  private String prompt(PrintWriter out) {
    out.print("Then type the verifier Discogs shows: ");
    out.flush();
    try {
      String line = cli().input().readLine();
      if (line == null || line.isBlank()) {
        throw new CommandFailure("login gave up: no verifier was typed in");
      }
      return line;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the verifier", unreadable);
    }
  }

  // The sanity check of the flow: the port's identity call, signed with the new credentials.
  private static Identity identityOf(Connection connection, OAuthCredentials granted) {
    DiscogsConfig config = connection.config().toBuilder().credentials(granted).build();
    try (Discogs discogs = FeignDiscogs.create(config)) {
      return discogs.users().identity();
    }
  }
}

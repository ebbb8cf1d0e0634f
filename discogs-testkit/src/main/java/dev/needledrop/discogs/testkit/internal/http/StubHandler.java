package dev.needledrop.discogs.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.auth.CredentialResolver;
import dev.needledrop.discogs.testkit.internal.fault.Fault;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.ratelimit.RateState;
import dev.needledrop.discogs.testkit.internal.ratelimit.RateWindow;
import dev.needledrop.discogs.testkit.internal.routing.Router;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request the way Discogs does, in the order of its pipeline: a canned answer if one
 * is queued; a scripted fault that strikes before processing; a missing User-Agent; unknown
 * credentials; the rate limit; the route (404, 405); who may call it (401, 403); the endpoint;
 * rendering for the caller; and a scripted fault that spoils the answer. Every answer but a canned
 * or faulty one carries the media-type and rate-limit headers. Thread-safe.
 */
public final class StubHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(StubHandler.class);
  private static final String JSON = "application/json";

  private final StubPipeline pipeline;

  /** Creates a handler from the pipeline's parts. */
  public StubHandler(StubPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    boolean heldOpen = false;
    try {
      Received request = receive(exchange);
      LOG.debug("{} {}", request.method(), request.path());
      pipeline.listener().accept(request);
      Optional<CannedAnswer> canned = pipeline.cannedAnswers().get();
      if (canned.isPresent()) {
        delay(canned.get());
        ResponseSender.sendCanned(exchange, canned.get());
      } else {
        heldOpen = answerOrMisbehave(exchange, request);
      }
    } finally {
      if (!heldOpen) {
        exchange.close();
      }
    }
  }

  private boolean answerOrMisbehave(HttpExchange exchange, Received request) throws IOException {
    Optional<Fault> fault = pipeline.faults().take(request.method(), request.path());
    FaultyAnswers faulty = new FaultyAnswers(pipeline.faults());
    if (fault.isPresent() && fault.get().beforeProcessing()) {
      return faulty.instead(exchange, fault.get(), rateStateOf(request));
    }
    Outgoing answer = answer(request);
    if (fault.isPresent()) {
      return faulty.spoil(exchange, fault.get(), answer, rateStateOf(request));
    }
    ResponseSender.send(exchange, answer, acceptsGzip(request));
    return false;
  }

  private RateState rateStateOf(Received request) {
    return pipeline.rateWindow().peek(pipeline.credentials().rateCallerOf(request));
  }

  /** A request with what the pipeline has learnt of it so far. */
  private record Call(Received request, QueryString query, Caller caller, MediaFlavour flavour) {}

  private Outgoing answer(Received request) {
    MediaFlavour flavour = MediaFlavour.fromAccept(request.header("Accept").orElse(""));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Discogs-Media-Type", flavour.mediaTypeHeader());
    QueryString query = QueryString.parse(request.rawQuery());
    CredentialResolver.Resolution credentials =
        pipeline.credentials().resolve(request, pipeline.origin());
    Caller caller =
        credentials instanceof CredentialResolver.Known known ? known.caller() : Caller.anonymous();

    if (request.header("User-Agent").filter(agent -> !agent.isBlank()).isEmpty()) {
      return refuseWithoutUserAgent(headers, caller);
    }
    if (credentials instanceof CredentialResolver.Rejected rejected) {
      return unknownCredentials(headers, rejected);
    }
    RateWindow.Admission admission = pipeline.rateWindow().admit(caller);
    headers.putAll(admission.state().headers());
    if (!admission.allowed()) {
      return error(429, "You are making requests too quickly.", headers);
    }
    return routed(new Call(request, query, caller, flavour), headers);
  }

  private Outgoing routed(Call call, Map<String, String> headers) {
    try {
      StubReply reply = dispatch(call);
      recordAppliedWrite(call.request(), reply.status());
      headers.putAll(reply.headers());
      if (reply.raw().isPresent()) {
        return new Outgoing(reply.status(), headers, reply.raw().get().bytes());
      }
      return reply
          .body()
          .map(body -> json(reply.status(), body, headers))
          .orElseGet(() -> new Outgoing(reply.status(), headers, new byte[0]));
    } catch (ApiError refused) {
      headers.putAll(refused.headers());
      return error(refused.status(), refused.getMessage(), headers);
    } catch (RuntimeException unexpected) {
      Received request = call.request();
      LOG.warn("the stub failed answering {} {}", request.method(), request.path(), unexpected);
      return error(500, "An internal server error occurred.", headers);
    }
  }

  private void recordAppliedWrite(Received request, int status) {
    if (!request.method().equals("GET") && status >= 200 && status < 300) {
      pipeline.appliedWrites().accept(request);
    }
  }

  private StubReply dispatch(Call call) {
    Received request = call.request();
    Router.Match match = pipeline.router().route(request.method(), request.path());
    match.route().access().check(call.caller(), match.variables());

    StubRequest routed =
        new StubRequest(
            request.path(),
            call.query(),
            request.body(),
            request.header("Content-Type").orElse(""),
            request.headers(),
            call.caller(),
            pipeline.origin(),
            match.variables());
    StubReply reply = match.route().handler().handle(routed);
    reply.body().ifPresent(body -> pipeline.renderer().render(body, call.caller(), call.flavour()));
    return reply;
  }

  private Outgoing refuseWithoutUserAgent(Map<String, String> headers, Caller caller) {
    // Discogs answers such requests with an empty body; the exact status is not documented.
    RateState state = pipeline.rateWindow().peek(caller);
    headers.putAll(state.headers());
    headers.put("Content-Type", "text/html; charset=utf-8");
    return new Outgoing(pipeline.missingUserAgentStatus(), headers, new byte[0]);
  }

  private Outgoing unknownCredentials(
      Map<String, String> headers, CredentialResolver.Rejected rejected) {
    headers.putAll(pipeline.rateWindow().peek(Caller.anonymous()).headers());
    if (rejected.oauth()) {
      headers.put("WWW-Authenticate", "OAuth realm=\"" + pipeline.origin() + "\"");
    }
    return error(401, ApiError.MUST_AUTHENTICATE, headers);
  }

  private static Outgoing error(int status, String message, Map<String, String> headers) {
    return json(status, StubJson.message(message), headers);
  }

  private static Outgoing json(int status, JsonNode body, Map<String, String> headers) {
    Map<String, String> withType = new LinkedHashMap<>();
    withType.put("Content-Type", JSON);
    withType.putAll(headers);
    return new Outgoing(status, withType, StubJson.write(body));
  }

  private static Received receive(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    return new Received(
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders(),
        body);
  }

  private static boolean acceptsGzip(Received request) {
    return request.header("Accept-Encoding").orElse("").toLowerCase(Locale.ROOT).contains("gzip");
  }

  private static void delay(CannedAnswer answer) {
    if (answer.delay().isZero()) {
      return;
    }
    try {
      Thread.sleep(answer.delay().toMillis());
    } catch (InterruptedException stopping) {
      // The server is closing: answer at once and let the executor wind down.
      Thread.currentThread().interrupt();
    }
  }
}

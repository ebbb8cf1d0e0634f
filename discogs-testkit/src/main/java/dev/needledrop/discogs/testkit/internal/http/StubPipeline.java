package dev.needledrop.discogs.testkit.internal.http;

import dev.needledrop.discogs.testkit.internal.auth.CredentialResolver;
import dev.needledrop.discogs.testkit.internal.fault.Faults;
import dev.needledrop.discogs.testkit.internal.ratelimit.RateWindow;
import dev.needledrop.discogs.testkit.internal.render.Renderer;
import dev.needledrop.discogs.testkit.internal.routing.Router;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The parts a stub's request pipeline is made of.
 *
 * @param origin the stub's own origin, such as {@code http://127.0.0.1:8080}
 * @param missingUserAgentStatus the status answered, with an empty body, without a User-Agent
 * @param listener told of every request as it arrives
 * @param cannedAnswers the next canned answer, if one is queued
 * @param faults the scripted faults and what delivering them takes
 * @param appliedWrites told of every write an endpoint applied (a non-GET answered with 2xx)
 */
public record StubPipeline(
    URI origin,
    Router router,
    CredentialResolver credentials,
    RateWindow rateWindow,
    Renderer renderer,
    int missingUserAgentStatus,
    Consumer<Received> listener,
    Supplier<Optional<CannedAnswer>> cannedAnswers,
    Faults faults,
    Consumer<Received> appliedWrites) {}

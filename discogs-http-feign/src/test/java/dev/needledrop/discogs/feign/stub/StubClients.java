package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.List;

/**
 * Feign clients of one stub server, as the contract suites need them: as the default user, as the
 * other user and anonymously. Closed together.
 */
final class StubClients implements AutoCloseable {

  final Discogs asUser;
  final Discogs asOtherUser;
  final Discogs anonymous;

  StubClients(StubDiscogsServer server) {
    asUser = client(server, PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN));
    asOtherUser = client(server, PersonalAccessToken.of(StubDiscogsServer.OTHER_USER_TOKEN));
    anonymous = client(server, Credentials.none());
  }

  private static Discogs client(StubDiscogsServer server, Credentials credentials) {
    return FeignDiscogs.create(
        DiscogsConfig.builder("NeedledropContractTest/1.0 +https://example.com")
            .baseUrl(server.baseUrl())
            .credentials(credentials)
            .build());
  }

  @Override
  public void close() {
    List.of(asUser, asOtherUser, anonymous).forEach(Discogs::close);
  }
}

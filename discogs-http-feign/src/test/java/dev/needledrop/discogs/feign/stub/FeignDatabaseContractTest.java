package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.contract.DatabaseApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Database contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignDatabaseContractTest extends DatabaseApiContract {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private Discogs asUser;
  private Discogs anonymous;

  @BeforeEach
  void connect() {
    asUser = FeignDiscogs.create(config(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN)));
    anonymous = FeignDiscogs.create(config(Credentials.none()));
  }

  @AfterEach
  void disconnect() {
    asUser.close();
    anonymous.close();
  }

  @Override
  protected DatabaseApi database() {
    return asUser.database();
  }

  @Override
  protected DatabaseApi anonymousDatabase() {
    return anonymous.database();
  }

  @Override
  protected DatabaseSeeder seeder() {
    return stub.server().catalogue();
  }

  @Override
  protected int requestCount() {
    return stub.server().requests().size();
  }

  private static DiscogsConfig config(Credentials credentials) {
    return DiscogsConfig.builder("NeedledropContractTest/1.0 +https://example.com")
        .baseUrl(stub.server().baseUrl())
        .credentials(credentials)
        .build();
  }
}

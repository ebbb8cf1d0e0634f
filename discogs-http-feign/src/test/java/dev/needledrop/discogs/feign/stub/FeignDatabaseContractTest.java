package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.contract.DatabaseApiContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Database contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignDatabaseContractTest extends DatabaseApiContract {

  @RegisterExtension static final StubClientsExtension stub = StubClientsExtension.create();

  @Override
  protected DatabaseApi database() {
    return stub.asUser().database();
  }

  @Override
  protected DatabaseApi anonymousDatabase() {
    return stub.anonymous().database();
  }

  @Override
  protected DatabaseSeeder seeder() {
    return stub.server().catalogue();
  }

  @Override
  protected int requestCount() {
    return stub.requestCount();
  }
}

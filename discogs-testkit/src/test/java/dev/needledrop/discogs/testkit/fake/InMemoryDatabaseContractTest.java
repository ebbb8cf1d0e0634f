package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.contract.DatabaseApiContract;

class InMemoryDatabaseContractTest extends DatabaseApiContract {

  private final InMemoryDatabase fake = InMemoryDatabase.create();

  @Override
  protected DatabaseApi database() {
    return fake;
  }

  @Override
  protected DatabaseApi anonymousDatabase() {
    return fake.asAnonymous();
  }

  @Override
  protected DatabaseSeeder seeder() {
    return fake;
  }

  @Override
  protected int requestCount() {
    return fake.callCount();
  }
}

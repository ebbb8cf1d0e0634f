/**
 * In-memory fakes of the ports, behaving like the stub server, for tests that need no HTTP: {@link
 * dev.needledrop.discogs.testkit.fake.InMemoryDatabase}, the user-data fakes of {@link
 * dev.needledrop.discogs.testkit.fake.InMemoryUserData}, and {@link
 * dev.needledrop.discogs.testkit.fake.InMemoryDiscogs}, which joins them into one client.
 */
package dev.needledrop.discogs.testkit.fake;

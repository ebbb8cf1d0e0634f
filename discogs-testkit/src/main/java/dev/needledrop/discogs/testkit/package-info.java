/**
 * A local stand-in for the Discogs API: {@link dev.needledrop.discogs.testkit.StubDiscogsServer}
 * serves the Database section on 127.0.0.1 from a {@link
 * dev.needledrop.discogs.testkit.StubCatalogue} and behaves like Discogs (User-Agent rule,
 * credentials, moving rate-limit window, errors, pagination, image withholding), and {@link
 * dev.needledrop.discogs.testkit.StubDiscogsServerExtension} runs it in JUnit 5 tests.
 */
package dev.needledrop.discogs.testkit;

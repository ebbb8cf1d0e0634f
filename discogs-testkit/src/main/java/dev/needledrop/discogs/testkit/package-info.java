/**
 * A local stand-in for the Discogs API: {@link dev.needledrop.discogs.testkit.StubDiscogsServer}
 * serves the Database section from a {@link dev.needledrop.discogs.testkit.StubCatalogue} and the
 * user sections from {@link dev.needledrop.discogs.testkit.StubUserData} on 127.0.0.1, and behaves
 * like Discogs (User-Agent rule, credentials, moving rate-limit window, errors, pagination, image
 * withholding, owner-only writes, private collections and wantlists), and {@link
 * dev.needledrop.discogs.testkit.StubDiscogsServerExtension} runs it in JUnit 5 tests.
 */
package dev.needledrop.discogs.testkit;

/** In-memory fakes of the ports, behaving like the stub server, for tests that need no HTTP. */
package dev.needledrop.discogs.testkit.fake;

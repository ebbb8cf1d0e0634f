/**
 * The marketplace and inventory as both the stub server and the in-memory fakes run them: one
 * engine ({@link dev.needledrop.discogs.testkit.internal.market.Market}) over Discogs JSON trees,
 * the stub's HTTP routes on it, the standard fixtures that seed it, and the reader and writer
 * between its JSON and the core's records.
 */
package dev.needledrop.discogs.testkit.internal.market;

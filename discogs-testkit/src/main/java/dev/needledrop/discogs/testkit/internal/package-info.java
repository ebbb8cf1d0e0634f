/**
 * The stub server's and the fakes' workings: not part of the testkit's API, and free to change.
 * Public only because they span packages.
 */
package dev.needledrop.discogs.testkit.internal;

/**
 * Contract suites: one abstract test class per port, holding its behaviour, run against the
 * in-memory fakes and against the HTTP adapter over the stub server.
 */
package dev.needledrop.discogs.testkit.contract;

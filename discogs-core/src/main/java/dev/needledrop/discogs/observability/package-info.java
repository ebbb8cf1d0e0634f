/**
 * Observability: the {@link dev.needledrop.discogs.observability.CallListener} adapters tell of
 * attempts, waits and calls, for metrics and logs.
 */
package dev.needledrop.discogs.observability;

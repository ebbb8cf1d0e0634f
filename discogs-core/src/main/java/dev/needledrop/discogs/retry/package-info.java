/**
 * Retries: the {@link dev.needledrop.discogs.retry.RetryPolicy} an adapter consults after each
 * failed attempt, and the standard policy that never resends a write that may have been applied.
 */
package dev.needledrop.discogs.retry;

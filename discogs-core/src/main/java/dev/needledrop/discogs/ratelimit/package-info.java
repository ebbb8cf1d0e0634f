/**
 * Rate limits: the state Discogs reports, and the {@link
 * dev.needledrop.discogs.ratelimit.RateLimiter} that paces a client so that it never outruns it.
 */
package dev.needledrop.discogs.ratelimit;

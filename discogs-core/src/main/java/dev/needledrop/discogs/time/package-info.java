/** The time source pacing and retries read and wait with, replaceable by a virtual one in tests. */
package dev.needledrop.discogs.time;

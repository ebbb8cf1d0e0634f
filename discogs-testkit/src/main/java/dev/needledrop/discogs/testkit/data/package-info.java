/** Builders of the core's records with sensible defaults, so tests set only what they check. */
package dev.needledrop.discogs.testkit.data;

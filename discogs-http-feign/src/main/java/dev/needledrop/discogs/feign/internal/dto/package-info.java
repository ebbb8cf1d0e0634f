/**
 * The Discogs JSON as it comes over the wire, one record per object shape.
 *
 * <p>Every component is nullable and boxed, because Discogs leaves out or nulls almost anything;
 * names follow the domain model and the snake_case wire name unless an annotation says otherwise.
 * Only identifying values are checked here (a release without an id cannot be read); everything
 * else is normalized by the mappers and the domain records. Unknown fields are ignored by the
 * shared JSON configuration. Never exposed outside this adapter.
 */
package dev.needledrop.discogs.feign.internal.dto;

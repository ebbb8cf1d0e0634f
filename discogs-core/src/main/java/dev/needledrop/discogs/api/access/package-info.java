/**
 * The access rules of each API section, one table per port: which credentials every call needs
 * (nothing, any credentials, a user's, or the owner's). Adapters and fakes check them before
 * sending, so a call the credentials cannot make fails with a {@link
 * dev.needledrop.discogs.error.CredentialsRequiredException} and no request.
 */
package dev.needledrop.discogs.api.access;

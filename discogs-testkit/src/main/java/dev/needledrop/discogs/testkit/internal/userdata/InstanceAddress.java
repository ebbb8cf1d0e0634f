package dev.needledrop.discogs.testkit.internal.userdata;

/** How a request names one copy: the folder it is in, its release and its instance id. */
public record InstanceAddress(long folder, long release, long instance) {}

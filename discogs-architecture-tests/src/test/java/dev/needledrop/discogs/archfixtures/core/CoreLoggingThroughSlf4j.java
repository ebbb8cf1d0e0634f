package dev.needledrop.discogs.archfixtures.core;

import dev.needledrop.discogs.model.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps to the core rules: the JDK, the core itself and the SLF4J API are allowed. */
public class CoreLoggingThroughSlf4j {

  private static final Logger LOG = LoggerFactory.getLogger(CoreLoggingThroughSlf4j.class);

  public ReleaseId release(long id) {
    LOG.debug("release {}", id);
    return ReleaseId.of(id);
  }
}

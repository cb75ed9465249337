package org.plancheck.spark;

import org.plancheck.PlancheckException;

/**
 * {@code --master} names a cluster other than the one the Spark session already running in this
 * JVM (under spark-submit, or a host's) runs on: a JVM holds one Spark session, so the batch
 * cannot go where it was asked. The place is the option and its value.
 */
public final class SparkMasterException extends PlancheckException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code asked}, the option's value, and {@code running}, the session's master. */
  public SparkMasterException(String asked, String running) {
    super("--master " + asked + ": Spark already runs in this JVM with master " + running
        + "; a JVM holds one Spark session (under spark-submit, give the master to spark-submit)", null);
  }
}

package org.plancheck.spark;

import org.plancheck.PlancheckException;

/**
 * The batch cannot run on the master it was given: {@code --master} names a cluster other than
 * the one the Spark session already running in this JVM (under spark-submit, or a host's) runs
 * on, since a JVM holds one Spark session; or Spark could not start or run on that master (a URL
 * it cannot parse, a cluster it cannot reach). The place is the option and its value.
 */
public final class SparkMasterException extends PlancheckException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code asked}, the option's value, and {@code running}, the session's master. */
  public SparkMasterException(String asked, String running) {
    super("--master " + asked + ": Spark already runs in this JVM with master " + running
        + "; a JVM holds one Spark session (under spark-submit, give the master to spark-submit)", null);
  }

  /** Creates the exception for {@code master}, on which Spark could not {@code what} ("start", "run the batch"). */
  public SparkMasterException(String master, String what, Exception cause) {
    super("--master " + master + ": Spark could not " + what + " on it: " + firstLine(cause.getMessage()), cause);
  }

  private static String firstLine(String message) {
    String text = message == null ? "no reason given" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }
}

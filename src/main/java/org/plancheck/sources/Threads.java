package org.plancheck.sources;

/** What the readers that start a thread of their own share about waiting for it. */
final class Threads {
  private Threads() {}

  /**
   * Waits for {@code thread} to end, even when interrupted meanwhile, and then leaves the
   * interrupt set for the caller: a reader's thread must be done with its file before the file
   * is closed, or its facts read.
   */
  static void join(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

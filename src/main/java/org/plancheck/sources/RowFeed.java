package org.plancheck.sources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.plancheck.FactFormatException;

/**
 * Reads rows of a file on a thread of its own, a batch at a time, while the reading thread
 * handles the rows before: decoding, splitting and parsing overlap with checking and adding up,
 * so a large file is read on two cores. Rows and the first error come in file order, so what is
 * reported is what a read on one thread would report. A batch the reading thread is done with
 * is given back ({@link #recycle}) and its rows are read into again, so that a large file makes
 * no new objects per row for what it only passes through.
 *
 * @param <T> what a row is read into
 */
final class RowFeed<T> implements AutoCloseable {
  /** Reads the next row; returns null at the end of the file. */
  @FunctionalInterface
  interface Rows<T> {
    /**
     * Reads the next row into {@code reuse}, a row of a batch given back, and returns it; or,
     * when {@code reuse} is null, into a new row. Returns null at the end of the file.
     */
    T next(T reuse) throws IOException;
  }

  /** Rows read from the file, or the error that ended the reading. */
  static final class Batch<T> {
    // The rows made for this batch, kept when it is given back to be read into again.
    private final List<T> made = new ArrayList<>(SIZE);
    private int size;
    private Throwable error;

    /** Returns the rows read into this batch, in file order. */
    List<T> rows() {
      return made.subList(0, size);
    }
  }

  private static final int SIZE = 512;
  private static final int QUEUED = 8;

  private final Batch<T> end = new Batch<>();
  private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(QUEUED);
  // Batches given back, for the splitting thread to read into again; never more than it made.
  private final BlockingQueue<Batch<T>> spare = new ArrayBlockingQueue<>(QUEUED + 2);
  private final Thread splitter;
  private final String source;
  private volatile boolean closed;

  /**
   * Starts splitting.
   *
   * @param source the file, named if reading is interrupted
   * @param rows the rows after the header, read only by the splitting thread from now on
   * @param errors turns a read error into the error to report, on the splitting thread
   */
  RowFeed(String source, Rows<T> rows, Function<IOException, RuntimeException> errors) {
    this.source = source;
    this.splitter = new Thread(() -> split(rows, errors), "plancheck-rows " + source);
    splitter.setDaemon(true);
    splitter.start();
  }

  private void split(Rows<T> rows, Function<IOException, RuntimeException> errors) {
    Batch<T> batch = spare();
    try {
      while (true) {
        boolean fresh = batch.size == batch.made.size();
        T row = rows.next(fresh ? null : batch.made.get(batch.size));
        if (row == null) {
          break;
        }
        if (fresh) {
          batch.made.add(row);
        } else {
          batch.made.set(batch.size, row);
        }
        if (++batch.size == SIZE) {
          put(batch);
          batch = spare();
        }
      }
      if (batch.size > 0) {
        put(batch);
      }
      put(end);
    } catch (IOException e) {
      fail(batch, errors.apply(e));
    } catch (InterruptedException e) {
      // Closed: nobody is waiting for more rows.
    } catch (RuntimeException | Error e) {
      // Out of memory too: the reading thread, waiting for rows, must hear of it.
      fail(batch, e);
    }
  }

  /** Returns a batch given back, emptied, or a new one. */
  private Batch<T> spare() {
    Batch<T> batch = spare.poll();
    if (batch == null) {
      return new Batch<>();
    }
    batch.size = 0;
    return batch;
  }

  /** Sends the rows read before the error, then the error. */
  private void fail(Batch<T> rowsBefore, Throwable error) {
    try {
      if (rowsBefore.size > 0) {
        put(rowsBefore);
      }
      Batch<T> failed = new Batch<>();
      failed.error = error;
      put(failed);
    } catch (InterruptedException e) {
      // Closed: nobody is waiting for the error.
    }
  }

  private void put(Batch<T> batch) throws InterruptedException {
    if (closed) {
      throw new InterruptedException();
    }
    while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
      if (closed) {
        throw new InterruptedException();
      }
    }
  }

  /**
   * Returns the next batch of rows, or null at the end of the file.
   *
   * @throws RuntimeException the error that ended the splitting, after every row before it (or
   *     the {@link Error}, such as running out of memory)
   */
  Batch<T> next() {
    Batch<T> batch;
    try {
      batch = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FactFormatException(source, 0, 0, null, "reading was interrupted", e);
    }
    if (batch.error instanceof RuntimeException e) {
      throw e;
    }
    if (batch.error instanceof Error e) {
      throw e;
    }
    return batch == end ? null : batch;
  }

  /**
   * Gives back a batch from {@link #next} once its rows are no longer used: they are read into
   * again. Call on the reading thread.
   */
  void recycle(Batch<T> batch) {
    // Dropped when there is no room: the splitting thread then makes a new one.
    spare.offer(batch);
  }

  /** Stops the splitting thread and waits for it, so the file can be closed after. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    Threads.join(splitter);
  }
}

package org.plancheck.facts;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;

/**
 * The facts of one kind that were reduced while they were read and not held: what the reading
 * made of them (such as their groups), how many there were, and their source, which reads them
 * again when they are listed. Reading them one by one (explain listing every counted fact) costs
 * one more read of the file, once: the facts are then held. Safe to read from many threads.
 */
public final class StreamedFacts extends AbstractList<Fact> implements RandomAccess {
  /** Where streamed facts come from: reads them again, in the same order, on each call. */
  @FunctionalInterface
  public interface Source {
    /**
     * Gives every fact to {@code sink} in source order.
     *
     * @throws org.plancheck.PlancheckException when the source can no longer be read as it was
     */
    void forEach(Consumer<Fact> sink);
  }

  private final FactKind kind;
  private final int size;
  private final Source source;
  private final Object reduction;
  private volatile FactTable held;

  /**
   * Describes facts already read once.
   *
   * @param kind their kind
   * @param size how many there were
   * @param source reads them again
   * @param reduction what the first read made of them, for whoever made it
   */
  public StreamedFacts(FactKind kind, int size, Source source, Object reduction) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (size < 0) {
      throw new IllegalArgumentException("a negative count of facts: " + size);
    }
    this.size = size;
    this.source = Objects.requireNonNull(source, "source");
    this.reduction = reduction;
  }

  /** Returns the kind of the facts. */
  public FactKind kind() {
    return kind;
  }

  /** Returns what the first read made of the facts, as given. */
  public Object reduction() {
    return reduction;
  }

  /** Reads the facts again from their source, one at a time, without holding them. */
  public void forEachAgain(Consumer<Fact> sink) {
    FactTable table = held;
    if (table != null) {
      table.forEach(sink);
    } else {
      source.forEach(sink);
    }
  }

  @Override
  public Fact get(int index) {
    return table().get(index);
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns the facts as a table, reading them again the first time.
   *
   * @throws FactFormatException when the source no longer gives as many facts as it did
   */
  public FactTable table() {
    FactTable table = held;
    if (table == null) {
      FactTable.Builder builder = new FactTable.Builder(kind);
      source.forEach(builder);
      table = builder.build();
      if (table.size() != size) {
        // Changed in a way its size and date did not show: refused as a changed file is.
        throw new FactFormatException(kind.fileName(), 0, 0, null, "the file changed after it was evaluated ("
            + table.size() + " facts now, " + size + " then); evaluate it again to list its facts", null);
      }
      // Racing readers make equal tables; the last one kept is as good as the first.
      held = table;
    }
    return table;
  }
}

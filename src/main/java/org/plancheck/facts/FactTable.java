package org.plancheck.facts;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;

/**
 * The facts of one kind, stored by column: repeated values as codes, whole amounts as longs,
 * no object per fact. It reads as an immutable list of {@link Fact}s, each made when it is
 * asked for; grouping reads the columns themselves. Immutable once built, so safe to read from
 * many threads.
 */
public final class FactTable extends AbstractList<Fact> implements RandomAccess {
  private final FactKind kind;
  private final Column[] columns;
  private final int[] lines;
  private final int size;

  private FactTable(FactKind kind, Column[] columns, int[] lines, int size) {
    this.kind = kind;
    this.columns = columns;
    this.lines = lines;
    this.size = size;
  }

  /**
   * Returns {@code facts} as a table: the table itself when it is one, the facts read again when
   * they were streamed, else a copy.
   */
  public static FactTable of(FactKind kind, List<Fact> facts) {
    if (facts instanceof FactTable table && table.kind.equals(kind)) {
      return table;
    }
    if (facts instanceof StreamedFacts streamed && streamed.kind().equals(kind)) {
      return streamed.table();
    }
    Builder builder = new Builder(kind);
    facts.forEach(builder::add);
    return builder.build();
  }

  /** Returns the kind of every fact in the table. */
  public FactKind kind() {
    return kind;
  }

  @Override
  public Fact get(int row) {
    Objects.checkIndex(row, size);
    return new Fact(kind, values(row), lines[row]);
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns the value of field number {@code field} at {@code row}. */
  public Object value(int row, int field) {
    return columns[field].get(row);
  }

  /** Returns the {@code @key} value at {@code row}. */
  public String id(int row) {
    return (String) columns[kind.keyIndex()].get(row);
  }

  /** Returns field number {@code field} as codes, for grouping. */
  public Codes codes(int field) {
    return columns[field].codes();
  }

  /**
   * Returns field number {@code field} as longs where its values are whole (see {@link
   * #isWhole}), or null when the field is not a decimal.
   */
  public Wholes wholes(int field) {
    return columns[field] instanceof DecimalColumn d ? new Wholes(d) : null;
  }

  /** A decimal column read as longs where it can be, and as BigDecimals where it cannot. */
  public static final class Wholes {
    private final DecimalColumn column;

    private Wholes(DecimalColumn column) {
      this.column = column;
    }

    /** Returns whether {@code value} is whole and fits in a long, so that it is kept as one. */
    public static boolean fitsLong(BigDecimal value) {
      return DecimalColumn.fitsLong(value);
    }

    /** Returns whether the value at {@code row} is a whole number that fits in a long. */
    public boolean isWhole(int row) {
      return column.isWhole(row);
    }

    /** Returns the value at a row where {@link #isWhole} holds. */
    public long whole(int row) {
      return column.whole(row);
    }

    /** Returns the value at {@code row} as a BigDecimal, null when absent. */
    public BigDecimal decimal(int row) {
      return (BigDecimal) column.get(row);
    }
  }

  private Object[] values(int row) {
    Object[] values = new Object[columns.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns[i].get(row);
    }
    return values;
  }

  /** Collects facts of one kind, one at a time, into a table. Not thread-safe. */
  public static final class Builder implements FactSink {
    private final FactKind kind;
    private final Column.Builder[] columns;
    private int[] lines = new int[16];
    private int size;

    /** Starts an empty table of {@code kind}. */
    public Builder(FactKind kind) {
      this.kind = kind;
      List<FactField> fields = kind.fields();
      columns = new Column.Builder[fields.size()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = column(fields.get(i), i == kind.keyIndex());
      }
    }

    private static Column.Builder column(FactField field, boolean key) {
      return switch (field.type()) {
        case DECIMAL -> new DecimalColumn.Builder();
        // Ids never repeat: a dictionary of them would only double them.
        case TEXT -> key ? new PlainColumn.Builder() : new CodedColumn.Builder();
        default -> new CodedColumn.Builder();
      };
    }

    /** Appends {@code fact}, which must be of the table's kind. */
    public Builder add(Fact fact) {
      if (fact.kind() != kind && !fact.kind().equals(kind)) {
        throw new IllegalArgumentException("a " + fact.kind().type() + " in a table of " + kind.type());
      }
      for (int i = 0; i < columns.length; i++) {
        columns[i].add(fact.value(i));
      }
      return line(fact.line());
    }

    /**
     * Appends the fact of the table's kind with {@code values} (in field order, copied into the
     * columns), read from {@code line}: what {@link #add(Fact)} stores, without the fact.
     */
    @Override
    public void accept(FactKind kind, Object[] values, int line) {
      // By identity first: a kind's equals compares every field, and this runs once a fact.
      if (kind != this.kind && !kind.equals(this.kind)) {
        throw new IllegalArgumentException("a " + kind.type() + " in a table of " + this.kind.type());
      }
      for (int i = 0; i < columns.length; i++) {
        columns[i].add(values[i]);
      }
      line(line);
    }

    @Override
    public void accept(Fact fact) {
      add(fact);
    }

    private Builder line(int line) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
      }
      lines[size++] = line;
      return this;
    }

    /** Returns how many facts were added. */
    public int size() {
      return size;
    }

    /** Returns the table of the facts added. */
    public FactTable build() {
      Column[] built = new Column[columns.length];
      for (int i = 0; i < built.length; i++) {
        built[i] = columns[i].build(size);
      }
      return new FactTable(kind, built, Arrays.copyOf(lines, size), size);
    }
  }
}

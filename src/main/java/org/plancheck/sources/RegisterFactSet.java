package org.plancheck.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.FactSetInfo;
import org.plancheck.Limits;
import org.plancheck.facts.FactTable;
import org.plancheck.facts.StreamedFacts;

/**
 * One fact set of a partitioned register, built from its kinds' rows as they come, kind after
 * kind: the same whether the local reader gives them ({@link RegisterReader}) or a Spark
 * executor, so both make the same facts, groups and messages. A kind the rules see only as
 * groups is given to the evaluator's reducer as it is read and not held, as a CSV file is. A
 * kind with no rows in the fact set's partition is absent (its goals UNKNOWN), as a missing CSV
 * file is. The fact set's name is its partition folders ({@code region=Pudong/asOf=2025-12-31}),
 * its date and region the values of the partition keys {@code asOf} and {@code region}. Not
 * thread-safe.
 */
public final class RegisterFactSet {
  /** The partition key whose value is a fact set's date. */
  public static final String AS_OF = "asOf";
  /** The partition key whose value is a fact set's region. */
  public static final String REGION = "region";

  private final FactSchema schema;
  private final RegisterPartition partition;
  private final Limits limits;
  private final Function<FactKind, Consumer<Fact>> reducers;
  private final FactSet.Builder facts;
  private TableRows rows;
  private Consumer<Fact> reducer;
  private FactTable.Builder table;
  private boolean any;

  /**
   * Starts the fact set of {@code partition}.
   *
   * @param reducers what keeps a kind's facts as they are read; null for a kind to hold
   * @throws FactFormatException when the {@code asOf} value is not a date
   */
  public RegisterFactSet(FactSchema schema, RegisterPartition partition, Limits limits,
      Function<FactKind, Consumer<Fact>> reducers) {
    this.schema = schema;
    this.partition = partition;
    this.limits = limits;
    this.reducers = reducers;
    this.facts = FactSet.builder(schema, info(partition));
  }

  /** Returns the name, date and region of the fact set of {@code partition}. */
  static FactSetInfo info(RegisterPartition partition) {
    String asOf = partition.value(AS_OF);
    LocalDate date = null;
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new FactFormatException(partition.path().toString(), 0, 0, AS_OF,
            "expected a date like 2025-12-31, got '" + asOf + "'", null);
      }
    }
    return new FactSetInfo(partition.name(), date, partition.value(REGION));
  }

  /**
   * Refuses a table folder named as no declared kind, which would otherwise leave goals UNKNOWN
   * unsaid, as a misspelled fact file is refused.
   *
   * @param tables the names of the register's table folders
   */
  public static void checkTables(FactSchema schema, RegisterPartition partition, Collection<String> tables) {
    for (String table : tables) {
      if (schema.kind(table).isEmpty()) {
        throw new FactFormatException(partition.tree().child(partition.root(), table), 0, 0, null, "unknown table: the"
            + " rules declare no kind @facts(\"" + table + "\"); a register holds a table folder for one or more of "
            + schema.names(), null);
      }
    }
  }

  /** The error of a fact set none of whose tables has a row, though some has its partition folder. */
  public static FactFormatException noRows(FactSchema schema, RegisterPartition partition) {
    return new FactFormatException(partition.path().toString(), 0, 0, null, "no rows in any table of the register"
        + " for this partition; expected rows of one or more of " + schema.names(), null);
  }

  /**
   * Starts the rows of {@code kind}, whose table has {@code columns}.
   *
   * @throws FactFormatException when the columns are not the kind's
   */
  public void begin(FactKind kind, List<String> columns) {
    rows = new TableRows(kind, partition.folder(kind.name()).toString(), columns, limits);
    reducer = reducers.apply(kind);
    table = reducer == null ? new FactTable.Builder(kind) : null;
  }

  /**
   * Adds one row of the kind begun, values in the order of its columns (see {@link TableRows#add}).
   *
   * @throws FactFormatException naming the row's key and column at the first problem
   */
  public void add(Object[] values) {
    Fact fact = rows.add(values);
    if (reducer != null) {
      reducer.accept(fact);
    } else {
      table.add(fact);
    }
  }

  /**
   * Ends the kind begun; it is present when it had a row.
   *
   * @param again reads the kind's facts again, for a streamed kind whose facts are listed
   */
  public void end(StreamedFacts.Source again) {
    if (rows.count() > 0) {
      References.Origin origin = new References.Origin(rows.place(), true);
      facts.addRead(rows.kind(), reducer == null ? table.build()
          : new StreamedFacts(rows.kind(), rows.count(), again, reducer), origin);
      any = true;
    }
    rows = null;
    reducer = null;
    table = null;
  }

  /**
   * Returns the fact set.
   *
   * @throws FactFormatException when no kind had a row, or a reference names a fact its kind lacks
   */
  public FactSet build() {
    if (!any) {
      throw noRows(schema, partition);
    }
    return facts.build();
  }
}

package org.plancheck.sources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FieldType;
import org.plancheck.facts.WholeAmounts;

/**
 * Turns rows into facts of a declared kind, checking each value where it stands against its
 * field's type and metadata. One instance per read, so that the facts of one fact set share one
 * instance of each declared word and each set of words; not thread-safe.
 */
public final class FactParsers {
  private final DeclaredWords words = new DeclaredWords();
  // The checks of the kind last checked: one read checks one kind.
  private KindChecks checks;
  // Found once for the kind last read, not per fact: its computed fields, each field's declared
  // words (null for a field without words), and whether each is an amount, which parseWholes
  // reads as whole yuan.
  private FactKind kindRead;
  private ComputedBands bands;
  private DeclaredWords.Field[] fieldWords;
  private boolean[] amounts;
  // Set by parseWholes for each text field with words: whether its value is one of them as it
  // is, so that the check after it need not look the word up again.
  private boolean[] wordFields;
  private boolean[] declaredWord;

  /** Creates the parser for one read. */
  public FactParsers() {}

  /** Reads one fact of {@code kind} from {@code row}. */
  public Fact parse(FactKind kind, Row row) {
    Object[] values = parseRest(kind, row, parseFirst(kind, row, new Object[kind.fields().size()]));
    check(kind, values, row);
    return new Fact(kind, values, row.line());
  }

  /**
   * Reads the values of the first half of {@code kind}'s fields, in field order, into {@code
   * values}, one value per field, and returns it: what {@link #parseRest} completes, perhaps on
   * another thread with another instance, so that two threads share the parsing of a large file.
   * Each field is always read by the same half, hence the same instance, so facts still share
   * its words. Between them the two set every value: an array may be read into again.
   */
  Object[] parseFirst(FactKind kind, Row row, Object[] values) {
    parse(kind, row, values, 0, half(values.length), null);
    return values;
  }

  /**
   * Reads the values of the second half of the fields into {@code values} and computes the
   * computed ones: each value checked against its type, but not yet against its field's words
   * and range, which {@link #check} does (a reader may do that on another thread, with another
   * instance). Problems come in field order, after the first half's. Returns {@code values}.
   */
  Object[] parseRest(FactKind kind, Row row, Object[] values) {
    parse(kind, row, values, half(values.length), values.length, null);
    return bands.compute(values, null);
  }

  /**
   * Reads one fact of {@code kind} from {@code row} into {@code values}, as {@link #parseFirst}
   * and {@link #parseRest} do between them, except that an amount written as whole yuan is put in
   * {@code wholes} as a long, with {@link WholeAmounts#WHOLE} in its place among the values: no
   * BigDecimal is made of it. {@link #check(FactKind, Object[], long[], Row)} checks them.
   * Returns {@code values}.
   */
  Object[] parseWholes(FactKind kind, Row row, Object[] values, long[] wholes) {
    parse(kind, row, values, 0, values.length, wholes);
    return bands.compute(values, wholes);
  }

  private static int half(int fields) {
    return (fields + 1) / 2;
  }

  /** Reads fields {@code from} to {@code to}; their whole amounts into {@code wholes}, unless it is null. */
  private void parse(FactKind kind, Row row, Object[] values, int from, int to, long[] wholes) {
    read(kind);
    List<FactField> fields = kind.fields();
    for (int i = from; i < to; i++) {
      FactField field = fields.get(i);
      if (field.derived()) {
        continue;
      }
      if (wholes == null) {
        values[i] = value(field, fieldWords[i], row);
      } else {
        values[i] = amounts[i] ? whole(field, row, wholes, i)
            : wordFields[i] ? word(field, row, i) : value(field, fieldWords[i], row);
      }
    }
  }

  /** Reads text field {@code field}, number {@code i}, which has words, noting whether its value is one as it is. */
  private Object word(FactField field, Row row, int i) {
    String text = row.text(field.name());
    String word = text == null ? null : DeclaredWords.plainWord(fieldWords[i], text);
    declaredWord[i] = word != null;
    return word != null ? word : value(field, fieldWords[i], row);
  }

  /** Reads amount field {@code field}, number {@code i}: into {@code wholes} when it is whole yuan. */
  private Object whole(FactField field, Row row, long[] wholes, int i) {
    String text = row.text(field.name());
    long yuan = text == null ? -1 : CellValues.wholeAmount(text);
    if (yuan < 0) {
      return value(field, null, row);
    }
    wholes[i] = yuan;
    return WholeAmounts.WHOLE;
  }

  /** Finds, for {@code kind}, its computed fields and each field's declared words, once a read. */
  private void read(FactKind kind) {
    if (kindRead != kind) {
      List<FactField> fields = kind.fields();
      bands = new ComputedBands(kind);
      fieldWords = new DeclaredWords.Field[fields.size()];
      amounts = new boolean[fields.size()];
      wordFields = new boolean[fields.size()];
      declaredWord = new boolean[fields.size()];
      for (int i = 0; i < fields.size(); i++) {
        FactField field = fields.get(i);
        fieldWords[i] = field.words().isEmpty() && field.type() != FieldType.WORDS ? null : words.of(field);
        amounts[i] = field.type() == FieldType.DECIMAL && field.amount();
        wordFields[i] = field.type() == FieldType.TEXT && fieldWords[i] != null;
      }
      kindRead = kind;
    }
  }

  /** Checks the values of a fact of {@code kind}, read from {@code row}, against their fields' declared words and ranges. */
  void check(FactKind kind, Object[] values, Row row) {
    check(kind, values, null, row);
  }

  /**
   * Checks the values of a fact of {@code kind}, read from {@code row} by {@link #parseWholes}
   * of this instance, just before, with its whole amounts in {@code wholes} (or null for none:
   * read otherwise), against their fields' declared words and ranges. A word that read found
   * among its field's words is not looked up again.
   */
  void check(FactKind kind, Object[] values, long[] wholes, Row row) {
    KindChecks kindChecks = checks;
    if (kindChecks == null || kindChecks.kind() != kind) {
      kindChecks = new KindChecks(kind);
      checks = kindChecks;
    }
    read(kind);
    for (KindChecks.Checked checked : kindChecks.fields()) {
      FactField field = checked.field();
      Object value = values[checked.index()];
      // A blank optional value is empty text, which no word list need name.
      boolean known = wholes != null && declaredWord[checked.index()];
      if (!known && checked.wordsApply(kind, values, wholes) && !"".equals(value)) {
        words.check(row, fieldWords[checked.index()], value);
      }
      if (value != null && checked.rangeApplies(kind, values, wholes)) {
        BigDecimal number = CellValues.decimal(WholeAmounts.value(value, wholes, checked.index()));
        if (!field.range().contains(number)) {
          throw row.error(field.name(), plain(number) + " is outside the range " + field.range() + " (@range)");
        }
      }
    }
  }

  /** Reads {@code field}'s value from {@code row}; {@code declared} is the field's words, or null when it has none. */
  private Object value(FactField field, DeclaredWords.Field declared, Row row) {
    String name = field.name();
    if (field.type() == FieldType.WORDS) {
      return words.set(declared, row);
    }
    String text = row.text(name);
    if (text == null) {
      if (field.required()) {
        throw row.error(name, "a value is required");
      }
      return switch (field.type()) {
        case TEXT -> "";
        case INT -> 0;
        case LONG -> 0L;
        case BOOLEAN -> false;
        default -> null;
      };
    }
    Object value = switch (field.type()) {
      case TEXT -> declared != null ? words.declared(declared, row, name, text)
          : field.key() || field.references() != null ? CellValues.plainText(row, name, text) : text;
      case DECIMAL -> field.amount() ? CellValues.amount(row, name, text) : CellValues.number(row, name, text);
      case INT -> (int) CellValues.whole(row, name, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> CellValues.whole(row, name, text, Long.MIN_VALUE, Long.MAX_VALUE);
      case BOOLEAN -> CellValues.bool(row, name, text);
      case DATE -> CellValues.date(row, name, text);
      case WORDS -> throw new IllegalStateException("read above");
    };
    return value;
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  /**
   * Returns "unknown column 'x' in kind; allowed: ..." (required columns first, what a new file
   * must have before what it may have), with a word on computed fields, for either reader.
   */
  public static String unknownField(FactKind kind, String what, String name) {
    String computed = kind.field(name).filter(FactField::derived)
        .map(f -> " (" + name + " is computed from " + f.bands().source() + " by @bands, not read)").orElse("");
    List<String> allowed = new ArrayList<>(kind.requiredColumnNames());
    kind.columnNames().stream().filter(c -> !allowed.contains(c)).forEach(allowed::add);
    return "unknown " + what + " '" + name + "' in " + kind.name() + "; allowed: "
        + String.join(", ", allowed) + computed;
  }
}

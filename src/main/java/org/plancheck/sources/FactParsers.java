package org.plancheck.sources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FieldType;

/**
 * Turns rows into facts of a declared kind, checking each value where it stands against its
 * field's type and metadata. One instance per read, so that the facts of one fact set share one
 * instance of each declared word and each set of words; not thread-safe.
 */
public final class FactParsers {
  // Sets of declared words are few however many rows there are; past this many, stop sharing.
  private static final int MAX_SHARED_SETS = 4096;

  // A million rows with the same designations hold one set, not a million equal ones: less
  // memory, and grouping compares them by identity before it compares their elements.
  private final Map<Set<String>, Set<String>> sets = new HashMap<>();
  // The set each cell text of a word-set field gave: most cells repeat a few texts.
  private final Map<FactField, Map<String, Set<String>>> setsByText = new IdentityHashMap<>();
  // Each field's declared words by their text, for one lookup instead of a search of the list.
  // By identity: a field's own hash code would hash its every component at each lookup.
  private final Map<FactField, Map<String, String>> words = new IdentityHashMap<>();
  // The checks of the kind last checked: one read checks one kind.
  private KindChecks checks;
  // The source field of each computed field of the kind last read, found once, not per fact.
  private FactKind bandsKind;
  private int[] bandSources;

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
    parse(kind.fields(), row, values, 0, half(values.length));
    return values;
  }

  /**
   * Reads the values of the second half of the fields into {@code values} and computes the
   * computed ones: each value checked against its type, but not yet against its field's words
   * and range, which {@link #check} does (a reader may do that on another thread, with another
   * instance). Problems come in field order, after the first half's. Returns {@code values}.
   */
  Object[] parseRest(FactKind kind, Row row, Object[] values) {
    List<FactField> fields = kind.fields();
    parse(fields, row, values, half(values.length), values.length);
    int[] sources = bandSources(kind);
    for (int i = 0; i < values.length; i++) {
      if (sources[i] >= 0) {
        values[i] = fields.get(i).bands().of(decimal(values[sources[i]]));
      }
    }
    return values;
  }

  private static int half(int fields) {
    return (fields + 1) / 2;
  }

  private void parse(List<FactField> fields, Row row, Object[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      FactField field = fields.get(i);
      if (!field.derived()) {
        values[i] = value(field, row);
      }
    }
  }

  /** Returns, per field of {@code kind}, the index of the field its bands are computed from, or -1. */
  private int[] bandSources(FactKind kind) {
    if (bandsKind != kind) {
      List<FactField> fields = kind.fields();
      bandSources = new int[fields.size()];
      for (int i = 0; i < bandSources.length; i++) {
        FactField field = fields.get(i);
        bandSources[i] = field.derived() ? kind.index(field.bands().source()) : -1;
      }
      bandsKind = kind;
    }
    return bandSources;
  }

  /** Checks the values of a fact of {@code kind}, read from {@code row}, against their fields' declared words and ranges. */
  void check(FactKind kind, Object[] values, Row row) {
    KindChecks kindChecks = checks;
    if (kindChecks == null || kindChecks.kind() != kind) {
      kindChecks = new KindChecks(kind);
      checks = kindChecks;
    }
    for (KindChecks.Checked checked : kindChecks.fields()) {
      FactField field = checked.field();
      Object value = values[checked.index()];
      // A blank optional value is empty text, which no word list need name.
      if (checked.wordsApply(kind, values) && !"".equals(value)) {
        checkWords(row, field, value);
      }
      if (value != null && checked.rangeApplies(kind, values) && !field.range().contains(decimal(value))) {
        throw row.error(field.name(), plain(value) + " is outside the range " + field.range() + " (@range)");
      }
    }
  }

  private Object value(FactField field, Row row) {
    String name = field.name();
    if (field.type() == FieldType.WORDS) {
      String cell = row.text(name);
      Map<String, Set<String>> known = cell == null ? null : setsByText.computeIfAbsent(field, f -> new HashMap<>());
      // A blank CSV cell, most rows of a register, is the one empty set: nothing to split. (A
      // JSON list has no text, but items.)
      Set<String> set = known != null ? known.get(cell) : row.csv() ? shared(Set.of()) : null;
      if (set == null) {
        set = wordSet(field, row);
        if (known != null && known.size() < MAX_SHARED_SETS) {
          known.put(cell, set);
        }
      }
      if (set.isEmpty() && field.required()) {
        throw row.error(name, "a value is required");
      }
      return set;
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
      case TEXT -> field.key() || field.references() != null || !field.words().isEmpty()
          ? declared(field, CellValues.plainText(row, name, text)) : text;
      case DECIMAL -> field.amount() ? CellValues.amount(row, name, text) : CellValues.number(row, name, text);
      case INT -> (int) CellValues.whole(row, name, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> CellValues.whole(row, name, text, Long.MIN_VALUE, Long.MAX_VALUE);
      case BOOLEAN -> CellValues.bool(row, name, text);
      case DATE -> CellValues.date(row, name, text);
      case WORDS -> throw new IllegalStateException("read above");
    };
    return value;
  }

  /** Reads a word-set field's items into a set shared by every row with the same words. */
  private Set<String> wordSet(FactField field, Row row) {
    Set<String> words = new LinkedHashSet<>();
    for (String item : row.items(field.name())) {
      if (!item.isEmpty()) {
        words.add(declared(field, CellValues.plainText(row, field.name(), item)));
      }
    }
    return shared(Set.copyOf(words));
  }

  /** Returns the declaration's own instance of {@code text} when it is one of the field's words. */
  private String declared(FactField field, String text) {
    // Ids are the texts most often read this way, and a key has no words: no lookup for them.
    return field.words().isEmpty() ? text : wordsOf(field).getOrDefault(text, text);
  }

  private Map<String, String> wordsOf(FactField field) {
    Map<String, String> byText = words.get(field);
    if (byText == null) {
      byText = new HashMap<>();
      for (String word : field.words()) {
        byText.put(word, word);
      }
      words.put(field, byText);
    }
    return byText;
  }

  private Set<String> shared(Set<String> words) {
    Set<String> known = sets.get(words);
    if (known != null) {
      return known;
    }
    if (sets.size() < MAX_SHARED_SETS) {
      sets.put(words, words);
    }
    return words;
  }

  private void checkWords(Row row, FactField field, Object value) {
    Map<String, String> declared = wordsOf(field);
    if (value instanceof Set<?> set) {
      for (Object item : set) {
        checkWord(row, field, declared, item);
      }
    } else {
      checkWord(row, field, declared, value);
    }
  }

  private static void checkWord(Row row, FactField field, Map<String, String> declared, Object item) {
    if (!declared.containsKey(item)) {
      String what = field.type() == FieldType.WORDS ? singular(field.name()) : field.name();
      throw row.error(field.name(), "unknown " + what + " '" + item + "'; expected one of "
          + String.join(", ", field.words().stream().sorted().toList()));
    }
  }

  /** "designations" gives "designation": one item of a set field, for messages. */
  private static String singular(String field) {
    return field.endsWith("s") && field.length() > 1 ? field.substring(0, field.length() - 1) : field;
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  private static BigDecimal decimal(Object value) {
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    return BigDecimal.valueOf(((Number) value).longValue());
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

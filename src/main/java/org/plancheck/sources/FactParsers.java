package org.plancheck.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.AmountFormatException;
import org.plancheck.Amounts;
import org.plancheck.FactField;
import org.plancheck.FactFormatException;
import org.plancheck.FieldType;

/**
 * Turns rows into facts of a declared kind, checking each value where it stands against its
 * field's type and metadata. One instance per read, so that the facts of one fact set share one
 * instance of each declared word and each set of words; not thread-safe.
 */
public final class FactParsers {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // Up to 19 digits, as many as a long holds; parsing tells which of them fit.
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,19}");
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
    Fact fact = parseValues(kind, row);
    check(fact, row);
    return fact;
  }

  /**
   * Reads one fact's values, each checked against its type, but not yet against the field's
   * words and range, which {@link #check} does (a reader may do that on another thread, with
   * another instance).
   */
  public Fact parseValues(FactKind kind, Row row) {
    return parseRest(kind, row, parseFirst(kind, row));
  }

  /**
   * Reads the values of the first half of {@code kind}'s fields, in field order, into a new
   * array of one value per field: what {@link #parseRest} completes, perhaps on another thread
   * with another instance, so that two threads share the parsing of a large file. Each field is
   * always read by the same half, hence the same instance, so facts still share its words.
   */
  Object[] parseFirst(FactKind kind, Row row) {
    List<FactField> fields = kind.fields();
    Object[] values = new Object[fields.size()];
    parse(fields, row, values, 0, half(values.length));
    return values;
  }

  /**
   * Reads the values of the second half of the fields into {@code values}, computes the
   * computed ones, and returns the fact: problems come in field order, after the first half's.
   */
  Fact parseRest(FactKind kind, Row row, Object[] values) {
    List<FactField> fields = kind.fields();
    parse(fields, row, values, half(values.length), values.length);
    int[] sources = bandSources(kind);
    for (int i = 0; i < values.length; i++) {
      if (sources[i] >= 0) {
        values[i] = fields.get(i).bands().of(decimal(values[sources[i]]));
      }
    }
    return new Fact(kind, values, row.line());
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

  /** Checks {@code fact}'s values against their fields' declared words and ranges. */
  public void check(Fact fact, Row row) {
    KindChecks kindChecks = checks;
    if (kindChecks == null || kindChecks.kind() != fact.kind()) {
      kindChecks = new KindChecks(fact.kind());
      checks = kindChecks;
    }
    for (KindChecks.Checked checked : kindChecks.fields()) {
      FactField field = checked.field();
      Object value = fact.value(checked.index());
      // A blank optional value is empty text, which no word list need name.
      if (checked.wordsApply(fact) && !"".equals(value)) {
        checkWords(row, field, value);
      }
      if (value != null && checked.rangeApplies(fact) && !field.range().contains(decimal(value))) {
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
          ? declared(field, plainText(row, name, text)) : text;
      case DECIMAL -> field.amount() ? amount(row, name, text) : number(row, name, text);
      case INT -> (int) whole(row, name, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> whole(row, name, text, Long.MIN_VALUE, Long.MAX_VALUE);
      case BOOLEAN -> bool(row, name, text);
      case DATE -> date(row, name, text);
      case WORDS -> throw new IllegalStateException("read above");
    };
    return value;
  }

  /** Reads a word-set field's items into a set shared by every row with the same words. */
  private Set<String> wordSet(FactField field, Row row) {
    Set<String> words = new LinkedHashSet<>();
    for (String item : row.items(field.name())) {
      if (!item.isEmpty()) {
        words.add(declared(field, plainText(row, field.name(), item)));
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

  /**
   * Rejects ids and words with control or invisible characters: "E1" and "E1" followed by a
   * zero-width space look alike in every report yet would count as two enterprises.
   */
  private static String plainText(Row row, String field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        // Printable ASCII, nearly every character of an id or a word: nothing to look up.
        continue;
      }
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || c == '\u00a0' || c == '\ufeff'
          || type == Character.SURROGATE || type == Character.UNASSIGNED) {
        throw row.error(field, String.format("the value contains the invisible or control character U+%04X;"
            + " ids and words must be plain text", (int) c));
      }
    }
    return text;
  }

  private static BigDecimal amount(Row row, String field, String text) {
    try {
      return Amounts.parse(text);
    } catch (AmountFormatException e) {
      throw row.error(field, e.getMessage());
    }
  }

  /** A plain number, negative ones included, or a non-negative one written with a multiplier. */
  private static BigDecimal number(Row row, String field, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      try {
        return Amounts.parse(text);
      } catch (AmountFormatException notAmount) {
        throw row.error(field, "expected a number, got '" + text + "'");
      }
    }
  }

  private static long whole(Row row, String field, String text, long min, long max) {
    if (INTEGER.matcher(text).matches()) {
      try {
        long value = Long.parseLong(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException beyondALong) {
        // Said below, with the range.
      }
    }
    throw row.error(field, "expected a whole number between " + min + " and " + max + ", got '" + text + "'");
  }

  private static LocalDate date(Row row, String field, String text) {
    try {
      if (!DATE.matcher(text).matches()) {
        throw new DateTimeParseException("four-digit year expected", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.error(field, "expected a date like 2024-06-30, got '" + text + "'");
    }
  }

  private static boolean bool(Row row, String field, String text) {
    // Written in lower case nearly always: an exact comparison first.
    if (text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    throw row.error(field, "expected true or false (blank means false), got '" + text + "'");
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

  /**
   * Rejects a second fact with an id already seen in the same source, and a second fact with
   * the same values in the kind's {@code @unique} fields.
   */
  public static void checkUnique(Row row, Fact fact, Map<Object, Integer> seen) {
    checkUnique(row, fact, seen, row.line(), null);
  }

  /**
   * Like {@link #checkUnique(Row, Fact, Map)}, for a source without lines, such as a database
   * table: {@code position} is the row's place among the source's rows and {@code unit} what
   * it counts ("row"), so that a repeat says "first used in row 3".
   */
  public static void checkUnique(Row row, Fact fact, Map<Object, Integer> seen, int position, String unit) {
    Integer first = seen.putIfAbsent(fact.id(), position);
    if (first != null) {
      throw duplicateId(row, fact, first, unit);
    }
    checkUniqueFields(row, fact, seen, position, unit);
  }

  /** Returns the error for {@code fact}, whose id was first used on line {@code first}. */
  static FactFormatException duplicateId(Row row, Fact fact, int first) {
    return duplicateId(row, fact, first, null);
  }

  private static FactFormatException duplicateId(Row row, Fact fact, int first, String unit) {
    return row.error(fact.kind().key().name(), "duplicate id '" + fact.id() + "'; first used " + where(row, first, unit));
  }

  /** Rejects a second fact with the same values in the kind's {@code @unique} fields. */
  static void checkUniqueFields(Row row, Fact fact, Map<Object, Integer> seen) {
    checkUniqueFields(row, fact, seen, row.line(), null);
  }

  private static void checkUniqueFields(Row row, Fact fact, Map<Object, Integer> seen, int position, String unit) {
    List<String> unique = fact.kind().unique();
    if (!unique.isEmpty()) {
      List<Object> values = unique.stream().map(fact::get).toList();
      Integer other = seen.putIfAbsent(values, position);
      if (other != null) {
        String last = unique.get(unique.size() - 1);
        List<String> rest = values.subList(0, values.size() - 1).stream().map(String::valueOf).toList();
        throw row.error(last, last + " '" + values.get(values.size() - 1) + "'"
            + (rest.isEmpty() ? "" : " of " + String.join(", ", rest)) + " is already given " + where(row, other, unit));
      }
    }
  }

  /**
   * Where an earlier fact was: "on line 3" (or "on row 3" in a workbook) at a place of the row's
   * own source when {@code unit} is null, else "in row 3" for a source counted in {@code unit}s.
   */
  private static String where(Row row, int position, String unit) {
    return unit == null ? "on " + row.place(position) : "in " + unit + " " + position;
  }
}

package org.plancheck.sources;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.plancheck.FactField;
import org.plancheck.FieldType;

/**
 * The declared words of the fields one read reads, and the sets of them its facts hold: a fact
 * holds the declaration's own instance of each word, and one instance of each set of words
 * however many rows repeat it; a word is checked against its field's list by one lookup. Each
 * field's words are found once ({@link #of}) and kept by the caller per field, not looked up by
 * field at every value. One instance per read; not thread-safe.
 */
final class DeclaredWords {
  // Sets of declared words are few however many rows there are; past this many, stop sharing.
  private static final int MAX_SHARED_SETS = 4096;

  /** One field's declared words by their text and, for a set of words, the set each cell text gave. */
  static final class Field {
    private final FactField field;
    private final Map<String, String> byText = new HashMap<>();
    // The words a cell may hold as they are: found here, a cell's text needs no look at its
    // characters (CellValues.plainText), which costs more than the lookup.
    private final Map<String, String> plain = new HashMap<>();
    // Most cells of a word-set column repeat a few texts.
    private final Map<String, Set<String>> setsByText = new HashMap<>();

    private Field(FactField field) {
      this.field = field;
      for (String word : field.words()) {
        byText.put(word, word);
        if (CellValues.unplain(word) < 0) {
          plain.put(word, word);
        }
      }
    }
  }

  // A million rows with the same designations hold one set, not a million equal ones: less
  // memory, and grouping compares them by identity before it compares their elements.
  private final Map<Set<String>, Set<String>> sets = new HashMap<>();
  // The set of a blank CSV cell, most cells of a word-set column: found once, not looked up.
  private Set<String> none;
  // By identity: a field's own hash code would hash its every component at each lookup.
  private final Map<FactField, Field> fields = new IdentityHashMap<>();

  /** Returns the words of {@code field}, made once per read. */
  Field of(FactField field) {
    return fields.computeIfAbsent(field, Field::new);
  }

  /**
   * Returns the declaration's own instance of {@code text}, the cell of {@code field} in {@code
   * row}, when it is one of the field's words; otherwise the text, once {@link
   * CellValues#plainText} has checked it.
   */
  String declared(Field words, Row row, String field, String text) {
    String word = words.plain.get(text);
    return word != null ? word : declared(words, CellValues.plainText(row, field, text));
  }

  /**
   * Returns the declaration's own instance of {@code text} when it is one of the field's words as
   * they are, else null: one lookup, and no look at its characters.
   */
  static String plainWord(Field words, String text) {
    return words.plain.get(text);
  }

  /** Returns the declaration's own instance of {@code text} when it is one of the field's words. */
  String declared(Field words, String text) {
    // Ids are the texts most often read this way, and a key has no words: no lookup for them.
    return words.byText.isEmpty() ? text : words.byText.getOrDefault(text, text);
  }

  /**
   * Reads the set of words of a word-set field from {@code row}: the set every row with the same
   * cell text shares (the one empty set for a blank CSV cell).
   *
   * @throws org.plancheck.FactFormatException when the field is required and the set is empty,
   *     or an item has invisible characters
   */
  Set<String> set(Field words, Row row) {
    FactField field = words.field;
    String cell = row.text(field.name());
    Map<String, Set<String>> known = cell == null ? null : words.setsByText;
    // A blank CSV cell, most rows of a register, is the one empty set: nothing to split. (A
    // JSON list has no text, but items.)
    Set<String> set = known != null ? known.get(cell) : row.csv() ? none() : null;
    if (set == null) {
      set = read(words, row);
      if (known != null && known.size() < MAX_SHARED_SETS) {
        known.put(cell, set);
      }
    }
    if (set.isEmpty() && field.required()) {
      throw row.error(field.name(), "a value is required");
    }
    return set;
  }

  /** Reads a word-set field's items into a set shared by every row with the same words. */
  private Set<String> read(Field words, Row row) {
    String name = words.field.name();
    Set<String> items = new LinkedHashSet<>();
    for (String item : row.items(name)) {
      if (!item.isEmpty()) {
        items.add(declared(words, row, name, item));
      }
    }
    return shared(Set.copyOf(items));
  }

  private Set<String> none() {
    if (none == null) {
      none = shared(Set.of());
    }
    return none;
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

  /** Refuses {@code value}, a word or a set of them, unless each is one of the field's words. */
  void check(Row row, Field words, Object value) {
    if (value instanceof Set<?> set) {
      for (Object item : set) {
        checkWord(row, words, item);
      }
    } else {
      checkWord(row, words, value);
    }
  }

  private static void checkWord(Row row, Field words, Object item) {
    if (!words.byText.containsKey(item)) {
      FactField field = words.field;
      String what = field.type() == FieldType.WORDS ? singular(field.name()) : field.name();
      throw row.error(field.name(), "unknown " + what + " '" + item + "'; expected one of "
          + String.join(", ", field.words().stream().sorted().toList()));
    }
  }

  /** "designations" gives "designation": one item of a set field, for messages. */
  private static String singular(String field) {
    return field.endsWith("s") && field.length() > 1 ? field.substring(0, field.length() - 1) : field;
  }
}

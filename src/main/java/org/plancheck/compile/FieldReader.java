package org.plancheck.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.type.FactType;
import org.plancheck.AmountFormatException;
import org.plancheck.Amounts;
import org.plancheck.FactField;
import org.plancheck.FieldType;

/**
 * Reads and checks the fields of one fact kind's declaration: the type of each, and its
 * annotations ({@code @key}, {@code @words}, {@code @wordsIf}, {@code @range}, {@code @bands},
 * ...), each problem placed at the field's line by the {@link Declarations} it reports to.
 */
final class FieldReader {
  private static final Set<String> FIELD_META = Set.of("key", "required", "amount", "words", "wordsIf", "rangeIf",
      "references", "range", "bands", "position", "description");
  private static final Pattern CONDITION = Pattern.compile("\\s*(\\w+)\\s*(?:==\\s*([^,()]+?)|in\\s*\\(([^)]*)\\))\\s*");
  private static final Pattern BAND = Pattern.compile("\\s*(\\S+)\\s+from\\s+(.+?)\\s*");

  private final Declarations declarations;
  private final FactType type;

  FieldReader(Declarations declarations, FactType type) {
    this.declarations = declarations;
    this.type = type;
  }

  /** Returns the field {@code f} declares, or null when its declaration has a problem (reported). */
  FactField read(org.kie.api.definition.type.FactField f) {
    Map<String, Object> meta = Declarations.meta(f.getMetaData());
    String name = f.getName();
    for (String key : meta.keySet()) {
      if (!FIELD_META.contains(key)) {
        declarations.warning(type, name, "@" + key + " is not an annotation plancheck reads; it knows @"
            + String.join(", @", FIELD_META.stream().filter(k -> !k.equals("position") && !k.equals("description")).sorted().toList()));
      }
    }
    FieldType fieldType = FieldType.of(f.getType()).orElse(null);
    if (fieldType == null) {
      declarations.error(type, name, "field " + name + " has type " + f.getType().getName() + "; fact kinds use "
          + FieldType.supported());
      return null;
    }
    int before = declarations.problemCount();
    boolean key = meta.containsKey("key");
    if (key && fieldType != FieldType.TEXT) {
      declarations.error(type, name, "the @key field " + name + " must be a String");
    }
    boolean amount = meta.containsKey("amount");
    if (amount && fieldType != FieldType.DECIMAL) {
      declarations.error(type, name, "@amount needs a java.math.BigDecimal field; " + name + " is " + f.getType().getSimpleName());
    }
    List<String> words = words(name, fieldType, meta.get("words"));
    FactField.Condition wordsIf = condition(name, meta, "wordsIf", "words");
    String references = meta.containsKey("references") ? Declarations.text(meta.get("references")) : null;
    FactField.Range range = range(name, fieldType, meta);
    FactField.Condition rangeIf = condition(name, meta, "rangeIf", "range");
    FactField.Bands bands = bands(name, fieldType, meta);
    if (declarations.problemCount() > before) {
      return null;
    }
    return new FactField(name, fieldType, key, meta.containsKey("required"), amount, words, wordsIf,
        references, range, rangeIf, bands);
  }

  private List<String> words(String field, FieldType fieldType, Object value) {
    if (value == null) {
      return List.of();
    }
    if (fieldType != FieldType.TEXT && fieldType != FieldType.WORDS) {
      declarations.error(type, field, "@words needs a String or java.util.Set field");
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String word : Declarations.text(value).split(",")) {
      String w = word.strip();
      if (w.isEmpty() || words.contains(w)) {
        declarations.error(type, field, "@words(\"" + Declarations.text(value) + "\") must list distinct words separated by commas");
        return List.of();
      }
      words.add(w);
    }
    return words;
  }

  /** Reads {@code @wordsIf}/{@code @rangeIf}: "field == value" or "field in (a, b)". */
  private FactField.Condition condition(String field, Map<String, Object> meta, String name,
      String needs) {
    if (!meta.containsKey(name)) {
      return null;
    }
    Matcher m = CONDITION.matcher(Declarations.text(meta.get(name)));
    if (!m.matches() || !meta.containsKey(needs)) {
      declarations.error(type, field, "@" + name + " needs @" + needs + " and reads like @" + name
          + "(\"industry == metaverse\") or @" + name + "(\"industry in (metaverse, green-low-carbon)\")");
      return null;
    }
    if (type.getField(m.group(1)) == null || type.getField(m.group(1)).getType() != String.class) {
      declarations.error(type, field, "@" + name + " names " + m.group(1) + ", which is not a String field of " + type.getSimpleName());
      return null;
    }
    List<String> values = m.group(2) != null ? List.of(m.group(2).strip())
        : java.util.Arrays.stream(m.group(3).split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    if (values.isEmpty()) {
      declarations.error(type, field, "@" + name + " names no value to compare " + m.group(1) + " with");
      return null;
    }
    return new FactField.Condition(m.group(1), values);
  }

  private FactField.Range range(String field, FieldType fieldType, Map<String, Object> meta) {
    if (!meta.containsKey("range")) {
      return null;
    }
    String text = Declarations.text(meta.get("range"));
    String[] parts = text.split(",");
    try {
      if (!fieldType.isNumber() || parts.length != 2) {
        throw new IllegalArgumentException("@range needs a number field and reads like @range(\"0, 100\")");
      }
      return new FactField.Range(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
    } catch (IllegalArgumentException e) {
      String why = e instanceof NumberFormatException ? "both ends must be numbers" : e.getMessage();
      declarations.error(type, field, "@range(\"" + text + "\"): " + why);
      return null;
    }
  }

  private FactField.Bands bands(String field, FieldType fieldType, Map<String, Object> meta) {
    if (!meta.containsKey("bands")) {
      return null;
    }
    String text = Declarations.text(meta.get("bands"));
    int colon = text.indexOf(':');
    String example = "@bands(\"revenue: billions from 1 billion, tens-of-billions from 10 billion\")";
    if (fieldType != FieldType.TEXT || colon < 0) {
      declarations.error(type, field, "@bands needs a String field and reads like " + example);
      return null;
    }
    String source = text.substring(0, colon).strip();
    org.kie.api.definition.type.FactField from = type.getField(source);
    if (from == null || FieldType.of(from.getType()).filter(FieldType::isNumber).isEmpty()) {
      declarations.error(type, field, "@bands computes from " + source + ", which is not a number field of " + type.getSimpleName());
      return null;
    }
    List<String> labels = new ArrayList<>();
    List<BigDecimal> lowers = new ArrayList<>();
    try {
      for (String band : text.substring(colon + 1).split(",")) {
        Matcher m = BAND.matcher(band);
        if (!m.matches()) {
          throw new IllegalArgumentException("each band reads NAME from AMOUNT, as in " + example);
        }
        labels.add(m.group(1));
        lowers.add(Amounts.parse(m.group(2)));
      }
      return new FactField.Bands(source, labels, lowers);
    } catch (IllegalArgumentException | AmountFormatException e) {
      declarations.error(type, field, "@bands: " + e.getMessage());
      return null;
    }
  }
}

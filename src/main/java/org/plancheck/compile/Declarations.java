package org.plancheck.compile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactType;
import org.plancheck.FactKind;
import org.plancheck.RuleProblem;
import org.plancheck.GroupKind;
import org.plancheck.FactSchema;
import org.plancheck.AmountFormatException;
import org.plancheck.Amounts;
import org.plancheck.FactField;
import org.plancheck.FieldType;

/**
 * Reads the fact kinds and group types declared in compiled rules, through Drools' {@link
 * FactType} metadata, and checks every declaration; problems point at the declaration's line.
 */
public final class Declarations {
  private static final Set<String> FIELD_META = Set.of("key", "required", "amount", "words", "wordsIf", "rangeIf",
      "references", "range", "bands", "position", "description");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern CONDITION = Pattern.compile("\\s*(\\w+)\\s*(?:==\\s*([^,()]+?)|in\\s*\\(([^)]*)\\))\\s*");
  private static final Pattern BAND = Pattern.compile("\\s*(\\S+)\\s+from\\s+(.+?)\\s*");

  private final DeclarationSource where;
  private final List<RuleProblem> problems;
  private final List<FactType> kindTypes = new ArrayList<>();
  private final List<FactType> groupTypes = new ArrayList<>();

  private Declarations(DeclarationSource where, List<RuleProblem> problems) {
    this.where = where;
    this.problems = problems;
  }

  /** Reads and checks the declarations of {@code packages}, adding problems to {@code problems}. */
  public static FactSchema read(Collection<? extends KiePackage> packages, DeclarationSource where, List<RuleProblem> problems) {
    Declarations d = new Declarations(where, problems);
    for (KiePackage pkg : packages) {
      for (FactType type : pkg.getFactTypes()) {
        if (type == null) {
          // A declaration that failed to compile; the compiler has reported it already.
          continue;
        }
        Map<String, Object> meta = meta(type.getMetaData());
        if (meta.containsKey("facts")) {
          d.kindTypes.add(type);
        } else if (meta.containsKey("groups")) {
          d.groupTypes.add(type);
        }
      }
    }
    return d.schema();
  }

  private FactSchema schema() {
    Map<String, FactKind> kinds = new LinkedHashMap<>();
    for (FactType type : kindTypes) {
      FactKind kind = kind(type);
      if (kind == null) {
        continue;
      }
      FactKind other = kinds.putIfAbsent(kind.name(), kind);
      if (other != null) {
        error(type, null, "@facts(\"" + kind.name() + "\") is already the name of " + other.type()
            + "; each kind reads its own file");
      }
    }
    List<FactKind> sorted = kinds.values().stream().sorted(java.util.Comparator.comparing(FactKind::name)).toList();
    for (FactKind kind : sorted) {
      for (FactField field : kind.fields()) {
        if (field.references() != null && sorted.stream().noneMatch(k -> k.type().equals(field.references()))) {
          problem(kind.qualifiedType(), field.name(), "@references(\"" + field.references()
              + "\") names no declared fact kind; declared: " + String.join(", ", sorted.stream().map(FactKind::type).toList()));
        }
      }
    }
    List<GroupKind> groups = new ArrayList<>();
    for (FactType type : groupTypes) {
      GroupKind group = new GroupReader(this, type, sorted).read();
      if (group != null) {
        groups.add(group);
      }
    }
    return new FactSchema(sorted, groups);
  }

  private FactKind kind(FactType type) {
    String name = text(type.getMetaData().get("facts"));
    int before = problems.size();
    if (!NAME.matcher(name).matches()) {
      error(type, null, "@facts(\"" + name + "\") must name a file: lower-case letters, digits, '-' or '_'");
    }
    List<FactField> fields = new ArrayList<>();
    for (org.kie.api.definition.type.FactField f : type.getFields()) {
      FactField field = field(type, f);
      if (field != null) {
        fields.add(field);
      }
    }
    long keys = fields.stream().filter(FactField::key).count();
    if (keys != 1) {
      error(type, null, type.getSimpleName() + " has " + keys + " @key fields; a fact kind needs exactly one,"
          + " the id that reports cite (such as id : String @key)");
    }
    for (FactField field : fields) {
      checkRelations(type, field, fields);
    }
    if (problems.size() > before) {
      return null;
    }
    List<String> unique = unique(type, fields);
    if (problems.size() > before) {
      return null;
    }
    DeclarationSource.Declared at = where.find(type.getName());
    return new FactKind(name, type.getSimpleName(), type.getPackageName(), fields, unique,
        at == null ? Path.of(type.getPackageName()) : at.source().file(), at == null ? 0 : at.line());
  }

  private List<String> unique(FactType type, List<FactField> fields) {
    if (!meta(type.getMetaData()).containsKey("unique")) {
      return List.of();
    }
    List<String> unique = new ArrayList<>();
    for (String name : text(type.getMetaData().get("unique")).split(",")) {
      String field = name.strip();
      if (fields.stream().noneMatch(f -> f.name().equals(field))) {
        error(type, null, "@unique names " + field + ", which is not a field of " + type.getSimpleName());
      }
      unique.add(field);
    }
    return unique;
  }

  private FactField field(FactType type, org.kie.api.definition.type.FactField f) {
    Map<String, Object> meta = meta(f.getMetaData());
    String name = f.getName();
    for (String key : meta.keySet()) {
      if (!FIELD_META.contains(key)) {
        warning(type, name, "@" + key + " is not an annotation plancheck reads; it knows @"
            + String.join(", @", FIELD_META.stream().filter(k -> !k.equals("position") && !k.equals("description")).sorted().toList()));
      }
    }
    FieldType fieldType = FieldType.of(f.getType()).orElse(null);
    if (fieldType == null) {
      error(type, name, "field " + name + " has type " + f.getType().getName() + "; fact kinds use "
          + FieldType.supported());
      return null;
    }
    int before = problems.size();
    boolean key = meta.containsKey("key");
    if (key && fieldType != FieldType.TEXT) {
      error(type, name, "the @key field " + name + " must be a String");
    }
    boolean amount = meta.containsKey("amount");
    if (amount && fieldType != FieldType.DECIMAL) {
      error(type, name, "@amount needs a java.math.BigDecimal field; " + name + " is " + f.getType().getSimpleName());
    }
    List<String> words = words(type, name, fieldType, meta.get("words"));
    FactField.Condition wordsIf = condition(type, name, meta, "wordsIf", "words");
    String references = meta.containsKey("references") ? text(meta.get("references")) : null;
    FactField.Range range = range(type, name, fieldType, meta);
    FactField.Condition rangeIf = condition(type, name, meta, "rangeIf", "range");
    FactField.Bands bands = bands(type, name, fieldType, meta);
    if (problems.size() > before) {
      return null;
    }
    return new FactField(name, fieldType, key, meta.containsKey("required"), amount, words, wordsIf,
        references, range, rangeIf, bands);
  }

  private List<String> words(FactType type, String field, FieldType fieldType, Object value) {
    if (value == null) {
      return List.of();
    }
    if (fieldType != FieldType.TEXT && fieldType != FieldType.WORDS) {
      error(type, field, "@words needs a String or java.util.Set field");
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String word : text(value).split(",")) {
      String w = word.strip();
      if (w.isEmpty() || words.contains(w)) {
        error(type, field, "@words(\"" + text(value) + "\") must list distinct words separated by commas");
        return List.of();
      }
      words.add(w);
    }
    return words;
  }

  /** Reads {@code @wordsIf}/{@code @rangeIf}: "field == value" or "field in (a, b)". */
  private FactField.Condition condition(FactType type, String field, Map<String, Object> meta, String name,
      String needs) {
    if (!meta.containsKey(name)) {
      return null;
    }
    Matcher m = CONDITION.matcher(text(meta.get(name)));
    if (!m.matches() || !meta.containsKey(needs)) {
      error(type, field, "@" + name + " needs @" + needs + " and reads like @" + name
          + "(\"industry == metaverse\") or @" + name + "(\"industry in (metaverse, green-low-carbon)\")");
      return null;
    }
    if (type.getField(m.group(1)) == null || type.getField(m.group(1)).getType() != String.class) {
      error(type, field, "@" + name + " names " + m.group(1) + ", which is not a String field of " + type.getSimpleName());
      return null;
    }
    List<String> values = m.group(2) != null ? List.of(m.group(2).strip())
        : java.util.Arrays.stream(m.group(3).split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    if (values.isEmpty()) {
      error(type, field, "@" + name + " names no value to compare " + m.group(1) + " with");
      return null;
    }
    return new FactField.Condition(m.group(1), values);
  }

  private FactField.Range range(FactType type, String field, FieldType fieldType, Map<String, Object> meta) {
    if (!meta.containsKey("range")) {
      return null;
    }
    String text = text(meta.get("range"));
    String[] parts = text.split(",");
    try {
      if (!fieldType.isNumber() || parts.length != 2) {
        throw new IllegalArgumentException("@range needs a number field and reads like @range(\"0, 100\")");
      }
      return new FactField.Range(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
    } catch (IllegalArgumentException e) {
      String why = e instanceof NumberFormatException ? "both ends must be numbers" : e.getMessage();
      error(type, field, "@range(\"" + text + "\"): " + why);
      return null;
    }
  }

  private FactField.Bands bands(FactType type, String field, FieldType fieldType, Map<String, Object> meta) {
    if (!meta.containsKey("bands")) {
      return null;
    }
    String text = text(meta.get("bands"));
    int colon = text.indexOf(':');
    String example = "@bands(\"revenue: billions from 1 billion, tens-of-billions from 10 billion\")";
    if (fieldType != FieldType.TEXT || colon < 0) {
      error(type, field, "@bands needs a String field and reads like " + example);
      return null;
    }
    String source = text.substring(0, colon).strip();
    org.kie.api.definition.type.FactField from = type.getField(source);
    if (from == null || FieldType.of(from.getType()).filter(FieldType::isNumber).isEmpty()) {
      error(type, field, "@bands computes from " + source + ", which is not a number field of " + type.getSimpleName());
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
      error(type, field, "@bands: " + e.getMessage());
      return null;
    }
  }

  private void checkRelations(FactType type, FactField field, List<FactField> fields) {
    if (field.derived() && (field.required() || !field.words().isEmpty())) {
      error(type, field.name(), field.name() + " is computed by @bands; it cannot also be @key, @required or @words");
    }
  }

  public void error(FactType type, String field, String message) {
    problem(type.getName(), field, RuleProblem.Severity.ERROR, message);
  }

  private void warning(FactType type, String field, String message) {
    problem(type.getName(), field, RuleProblem.Severity.WARNING, message);
  }

  private void problem(String qualifiedType, String field, String message) {
    problem(qualifiedType, field, RuleProblem.Severity.ERROR, message);
  }

  private void problem(String qualifiedType, String field, RuleProblem.Severity severity, String message) {
    DeclarationSource.Declared at = where.find(qualifiedType);
    if (at == null) {
      problems.add(new RuleProblem(Path.of(qualifiedType), 0, 0, severity, message));
      return;
    }
    int[] pos = field == null ? new int[] {at.line(), 1} : where.field(at, field);
    problems.add(new RuleProblem(at.source().file(), pos[0], pos[1], severity, message));
  }

  /** Drools gives null, not an empty map, for a type or field without annotations. */
  public static Map<String, Object> meta(Map<String, Object> meta) {
    return meta == null ? Map.of() : meta;
  }

  /** Returns an annotation's value as text; Drools keeps a string's quotes, so drop them. */
  public static String text(Object value) {
    String text = value == null ? "" : value.toString().strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }
}

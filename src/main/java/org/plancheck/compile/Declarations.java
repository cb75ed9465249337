package org.plancheck.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactType;
import org.plancheck.FactKind;
import org.plancheck.RuleProblem;
import org.plancheck.GroupKind;
import org.plancheck.FactSchema;
import org.plancheck.FactField;

/**
 * Reads the fact kinds and group types declared in compiled rules, through Drools' {@link
 * FactType} metadata, and checks every declaration; problems point at the declaration's line.
 */
public final class Declarations {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

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
      FactField field = fields(type).read(f);
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

  private FieldReader fields(FactType type) {
    return new FieldReader(this, type);
  }

  /** Returns how many problems have been found so far, so that a reader can tell whether it added one. */
  int problemCount() {
    return problems.size();
  }

  private void checkRelations(FactType type, FactField field, List<FactField> fields) {
    if (field.derived() && (field.required() || !field.words().isEmpty())) {
      error(type, field.name(), field.name() + " is computed by @bands; it cannot also be @key, @required or @words");
    }
  }

  /** Adds an error at {@code field} of {@code type}'s declaration, or at the declaration when field is null. */
  void error(FactType type, String field, String message) {
    problem(type.getName(), field, RuleProblem.Severity.ERROR, message);
  }

  /** Adds a warning, placed as {@link #error} places an error. */
  void warning(FactType type, String field, String message) {
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

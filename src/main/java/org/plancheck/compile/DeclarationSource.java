package org.plancheck.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each type is declared in the rule files, for pointing declaration problems at lines, and
 * the imports that make every declared type visible to every file whatever its package.
 */
public final class DeclarationSource {
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?");
  private static final Pattern DECLARE = Pattern.compile("^\\s*declare\\s+(?!enum\\b|window\\b|trait\\b)(\\w+)");
  private static final Pattern END = Pattern.compile("^\\s*end\\b");

  /** One declared type: its package, simple name, file and the lines of its block. */
  public record Declared(String packageName, String type, RuleSource source, int line, int endLine) {}

  private final Map<String, Declared> byQualifiedName = new LinkedHashMap<>();

  public DeclarationSource(Iterable<RuleSource> sources) {
    for (RuleSource source : sources) {
      String pkg = "";
      Declared open = null;
      for (int n = 1; n <= source.lineCount(); n++) {
        String line = source.line(n);
        Matcher p = PACKAGE.matcher(line);
        if (p.find() && pkg.isEmpty()) {
          pkg = p.group(1);
        }
        Matcher d = DECLARE.matcher(line);
        if (d.find()) {
          open = new Declared(pkg, d.group(1), source, n, n);
        } else if (open != null && END.matcher(line).find()) {
          byQualifiedName.putIfAbsent(qualified(open.packageName(), open.type()),
              new Declared(open.packageName(), open.type(), source, open.line(), n));
          open = null;
        }
      }
    }
  }

  /** Returns where {@code qualifiedName} is declared, or null when no file declares it. */
  public Declared find(String qualifiedName) {
    return byQualifiedName.get(qualifiedName);
  }

  /** Returns the position of field {@code field} inside the declaration, or the declaration's. */
  public int[] field(Declared declared, String field) {
    Pattern name = Pattern.compile("^(\\s*)" + Pattern.quote(field) + "\\s*:");
    for (int n = declared.line() + 1; n < declared.endLine(); n++) {
      Matcher m = name.matcher(declared.source().line(n));
      if (m.find()) {
        return new int[] {n, m.end(1) + 1};
      }
    }
    return new int[] {declared.line(), 1};
  }

  /**
   * Returns {@code source}'s text with imports of every type other files declare in other
   * packages, written on the package line (or the first line) so that no line moves.
   */
  public String withImports(RuleSource source) {
    String text = source.text();
    List<String> imports = new ArrayList<>();
    String own = null;
    int packageLine = 0;
    for (int n = 1; n <= source.lineCount(); n++) {
      Matcher p = PACKAGE.matcher(source.line(n));
      if (p.find()) {
        own = p.group(1);
        packageLine = n;
        break;
      }
    }
    for (Declared d : byQualifiedName.values()) {
      boolean sameFile = d.source() == source;
      boolean samePackage = d.packageName().equals(own == null ? "" : own);
      boolean named = Pattern.compile("\\b(import|declare)\\s+([\\w.]*\\.)?" + Pattern.quote(d.type()) + "\\b")
          .matcher(text).find();
      if (!sameFile && !samePackage && !named && !d.packageName().isEmpty()) {
        imports.add("import " + d.packageName() + "." + d.type() + ";");
      }
    }
    if (imports.isEmpty()) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    String joined = String.join(" ", imports);
    if (packageLine > 0) {
      String line = lines[packageLine - 1].replaceFirst("\\s*(//.*)?$", "");
      lines[packageLine - 1] = (line.endsWith(";") ? line : line + ";") + " " + joined;
    } else {
      lines[0] = joined + " " + lines[0];
    }
    return String.join("\n", lines);
  }

  public static String qualified(String pkg, String type) {
    return pkg.isEmpty() ? type : pkg + "." + type;
  }
}

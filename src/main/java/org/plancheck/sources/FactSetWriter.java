package org.plancheck.sources;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.plancheck.FactKind;
import org.plancheck.FactSet;
import org.plancheck.Fact;
import org.plancheck.FactSets;
import org.plancheck.FactSetInfo;
import org.plancheck.FactField;

/** Writes a fact set as a CSV folder that {@link FactSets#read} reads back to the same facts. */
public final class FactSetWriter {
  private FactSetWriter() {}

  public static void write(FactSet facts, Path folder) throws IOException {
    Files.createDirectories(folder);
    FactSetInfo info = facts.info();
    Files.writeString(folder.resolve(FactSets.INFO_FILE), "{\"name\": " + quote(info.name()) + ", \"asOf\": "
        + (info.asOf() == null ? "null" : quote(info.asOf().toString())) + ", \"region\": "
        + (info.region() == null ? "null" : quote(info.region())) + "}\n", StandardCharsets.UTF_8);
    for (String name : facts.kinds()) {
      FactKind kind = facts.schema().kind(name).orElseThrow();
      table(kind, folder, facts.facts(name));
    }
  }

  private static void table(FactKind kind, Path folder, List<Fact> rows) throws IOException {
    List<FactField> columns = kind.columns();
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(kind.fileName()), StandardCharsets.UTF_8)) {
      out.write(String.join(",", kind.columnNames()));
      out.write('\n');
      for (Fact row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          if (i > 0) {
            out.write(',');
          }
          out.write(cell(text(row.get(columns.get(i).name()))));
        }
        out.write('\n');
      }
    }
  }

  /** Writes a value the way the readers read it back: plain decimals, words joined by ';'. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Set<?> words) {
      return String.join(";", words.stream().map(String::valueOf).sorted().toList());
    }
    return value.toString();
  }

  private static String cell(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0;
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

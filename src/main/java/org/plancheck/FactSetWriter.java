package org.plancheck;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Writes a fact set as a CSV folder that {@link FactSets#read} reads back to the same facts. */
final class FactSetWriter {
  private FactSetWriter() {}

  static void write(FactSet facts, Path folder) throws IOException {
    Files.createDirectories(folder);
    FactSetInfo info = facts.info();
    Files.writeString(folder.resolve(FactSets.INFO_FILE), "{\"name\": " + quote(info.name()) + ", \"asOf\": "
        + (info.asOf() == null ? "null" : quote(info.asOf().toString())) + ", \"region\": "
        + (info.region() == null ? "null" : quote(info.region())) + "}\n", StandardCharsets.UTF_8);
    table(facts, FactKind.ENTERPRISES, folder, facts.enterprises(), e -> List.of(e.id(), e.name(), e.industry(),
        e.segment(), plain(e.revenue()), String.join(";", e.designations().stream().sorted().toList()),
        String.valueOf(e.international())));
    table(facts, FactKind.CLUSTERS, folder, facts.clusters(), c -> List.of(c.id(), c.name(), c.industry(), plain(c.scale())));
    table(facts, FactKind.PARKS, folder, facts.parks(), p -> List.of(p.id(), p.name(), p.industry(), p.field()));
    table(facts, FactKind.SCENARIOS, folder, facts.scenarios(), s -> List.of(s.id(), s.name(), s.industry(), s.kind()));
    table(facts, FactKind.PRODUCTS, folder, facts.products(), p -> List.of(p.id(), p.name(), p.industry(), p.kind()));
    table(facts, FactKind.INDICATORS, folder, facts.indicators(), i -> List.of(i.id(), i.name(), i.industry(),
        i.indicator(), plain(i.value())));
    table(facts, FactKind.FACTORIES, folder, facts.factories(), f -> List.of(f.id(), f.name(), f.industry(),
        f.enterprise(), String.valueOf(f.smart()), f.opened().toString()));
  }

  private static <T> void table(FactSet facts, FactKind kind, Path folder, List<T> rows,
      Function<T, List<String>> cells) throws IOException {
    if (!facts.has(kind)) {
      return;
    }
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(kind.fileName()), StandardCharsets.UTF_8)) {
      out.write(String.join(",", FactColumns.writeOrder(kind)));
      out.write('\n');
      for (T row : rows) {
        List<String> values = cells.apply(row);
        for (int i = 0; i < values.size(); i++) {
          if (i > 0) {
            out.write(',');
          }
          out.write(cell(values.get(i)));
        }
        out.write('\n');
      }
    }
  }

  private static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }

  private static String cell(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0;
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

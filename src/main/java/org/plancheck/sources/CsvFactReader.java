package org.plancheck.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;
import org.plancheck.FactField;
import org.plancheck.facts.FactTable;

/**
 * Reads one CSV fact file: a header row naming the columns in any order, then one fact per
 * row. Values are checked where they stand; the first problem stops the read.
 */
public final class CsvFactReader {
  /** A parser factory that refuses an overlong value as soon as it has read that much. */
  private static CsvFactory factory(Limits limits) {
    return CsvFactory.builder()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .streamReadConstraints(TextFiles.constraints(limits))
        .build();
  }

  private final Path file;
  private final FactKind kind;
  private final Limits limits;
  private int rowLine = 1;

  private CsvFactReader(Path file, FactKind kind, Limits limits) {
    this.file = file;
    this.kind = kind;
    this.limits = limits;
  }

  /**
   * Returns the facts of {@code file}, stored by column.
   *
   * @throws org.plancheck.FactFormatException at the first problem, naming file, line and column
   */
  public static FactTable read(Path file, FactKind kind, Limits limits) {
    return new CsvFactReader(file, kind, limits).read();
  }

  private FactTable read() {
    try (Reader reader = TextFiles.open(file, limits);
        CsvParser csv = factory(limits).createParser(reader)) {
      // WRAP_AS_ARRAY wraps the whole file in one array, each row in another.
      csv.nextToken();
      List<String> header = header(file, kind, csv);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.put(header.get(i), i);
      }
      // Each fact goes into the table as it is read: no list of a million fact objects.
      FactTable.Builder facts = new FactTable.Builder(kind);
      FactParsers parsers = new FactParsers();
      Map<Object, Integer> ids = new HashMap<>();
      String source = file.toString();
      List<String> values = new ArrayList<>();
      while (nextRow(csv, values) > 0) {
        if (facts.size() == limits.maxRows()) {
          throw new FactFormatException(file, rowLine, 0, null, "more than " + limits.maxRows()
              + " rows; raise the limit with " + Limits.Limit.MAX_ROWS.setting(), null, Limits.Limit.MAX_ROWS);
        }
        Row row = row(source, index, rowLine, values);
        Fact fact = parsers.parse(kind, row);
        FactParsers.checkUnique(row, fact, ids);
        facts.add(fact);
      }
      return facts.build();
    } catch (StreamConstraintsException e) {
      throw TextFiles.limitError(file.toString(), rowLine, 0, e);
    } catch (JsonProcessingException e) {
      FactFormatException error = TextFiles.syntaxError(file, e, "CSV");
      // Jackson reports an unclosed quote at the end of the file; the row it opened is more use.
      boolean unclosed = String.valueOf(e.getOriginalMessage()).contains("closing quote");
      throw unclosed
          ? new FactFormatException(file, rowLine, 0, null,
              "a quoted value opened on this row is never closed", e)
          : error;
    } catch (IOException e) {
      throw TextFiles.ioError(file, e);
    }
  }

  private List<String> header(Path file, FactKind kind, CsvParser csv) throws IOException {
    List<String> header = new ArrayList<>();
    if (nextRow(csv, header) == 0) {
      throw new FactFormatException(file, 1, 0, null,
          "the file is empty; expected a header row with " + String.join(", ", kind.requiredColumnNames()), null);
    }
    List<String> allowed = kind.columnNames();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      header.set(i, name);
      if (!allowed.contains(name)) {
        // A header read as one column usually means another separator: say so.
        String hint = name.contains(";") || name.contains("\t")
            ? " (values must be separated by commas; this header seems to use ';' or tabs)" : "";
        throw new FactFormatException(file, 1, 0, name, FactParsers.unknownField(kind, "column", name) + hint, null);
      }
      if (header.subList(0, i).contains(name)) {
        throw new FactFormatException(file, 1, 0, name, "column '" + name + "' appears twice in the header", null);
      }
    }
    for (String required : kind.requiredColumnNames()) {
      if (!header.contains(required)) {
        throw new FactFormatException(file, 1, 0, required,
            "missing required column '" + required + "'; the header has " + String.join(", ", header), null);
      }
    }
    return header;
  }

  private static Row row(String file, Map<String, Integer> index, int line, List<String> values) {
    if (values.size() != index.size()) {
      throw new FactFormatException(file, line, 0, null, "the row has " + values.size()
          + " values but the header has " + index.size() + " columns", null);
    }
    return new Row(file, line, index, List.copyOf(values));
  }

  /** Reads the next row's values into {@code values}; returns its line, or 0 at the end. */
  private int nextRow(CsvParser csv, List<String> values) throws IOException {
    values.clear();
    if (csv.nextToken() != JsonToken.START_ARRAY) {
      return 0;
    }
    // The row's own START_ARRAY carries no location; its first value's does.
    rowLine = Math.max(csv.currentLocation().getLineNr(), 1);
    JsonToken token;
    boolean first = true;
    while ((token = csv.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (first) {
        rowLine = Math.max(csv.currentTokenLocation().getLineNr(), 1);
        first = false;
      }
      // The parser itself refuses a value over the field-length limit (TextFiles.constraints).
      values.add(csv.getText());
    }
    return rowLine;
  }
}

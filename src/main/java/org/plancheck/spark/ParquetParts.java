package org.plancheck.spark;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;
import org.plancheck.sources.FileTree;
import org.plancheck.sources.RegisterReader;

/**
 * Reads a Parquet part file of a register's table with the Parquet library Spark brings: its
 * top-level columns, then each row's values as plain Java values (text, numbers, decimals with
 * their scale, dates, a list for a set of words), which {@link org.plancheck.sources.TableRows}
 * turns into the text a CSV cell would hold. A column no fact field can hold (binary data, a
 * nested record, an INT96 timestamp) is refused, naming the file and the column.
 *
 * <p>Spark SQL's own reader cannot run beside Drools: Spark 3.5's SQL parser was generated with
 * ANTLR 4.9, whose parsers ANTLR 4.13's runtime, which Drools 10 needs, refuses to load. This
 * reader uses no SQL.
 */
final class ParquetParts implements RegisterReader.PartFiles {
  /** The reader; it holds nothing between files. */
  static final ParquetParts READER = new ParquetParts();

  private ParquetParts() {}

  @Override
  public void read(FileTree tree, String file, Limits limits, Consumer<List<String>> columns,
      Consumer<Object[]> rows) {
    try (ParquetFileReader reader = ParquetFileReader.open(inputFile(tree, file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      List<String> names = new ArrayList<>();
      for (Type field : schema.getFields()) {
        check(file, field);
        names.add(field.getName());
      }
      columns.accept(names);
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
            .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          Group group = records.read();
          Object[] values = new Object[names.size()];
          for (int c = 0; c < values.length; c++) {
            values[c] = value(group, c, schema.getType(c));
          }
          rows.accept(values);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof FactFormatException f) {
        throw f;
      }
      throw new FactFormatException(file, 0, 0, null, "cannot read the Parquet file: " + e.getMessage(), e);
    }
  }

  /** The file at {@code file}: through the tree's Hadoop file system, or a local path's. */
  private static InputFile inputFile(FileTree tree, String file) throws IOException {
    if (tree instanceof HadoopTree hadoop) {
      return hadoop.inputFile(file);
    }
    return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(Path.of(file).toAbsolutePath().toUri()),
        new Configuration(false));
  }

  /** Refuses a column whose values no fact field can hold. */
  private static void check(String file, Type field) {
    String problem = null;
    if (!field.isPrimitive()) {
      if (!(field.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation)) {
        problem = "the column holds nested records; expected text, numbers, dates, true/false or a list of words";
      }
    } else {
      PrimitiveType p = field.asPrimitiveType();
      LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
      if (p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96) {
        problem = "the column holds INT96 timestamps; write dates as DATE";
      } else if ((p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
          || p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)
          && !(logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
              || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
              || logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation)) {
        problem = "the column holds binary data; expected text, numbers, dates or true/false";
      }
    }
    if (problem != null) {
      throw new FactFormatException(file, 0, 0, field.getName(), problem, null);
    }
  }

  private static Object value(Group group, int column, Type type) {
    if (group.getFieldRepetitionCount(column) == 0) {
      return null;
    }
    if (!type.isPrimitive()) {
      // A list: three levels (list > element), or two in files of old writers.
      Group list = group.getGroup(column, 0);
      List<Object> items = new ArrayList<>();
      Type repeated = list.getType().getType(0);
      for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
        if (repeated.isPrimitive()) {
          items.add(primitive(list, 0, i, repeated.asPrimitiveType()));
        } else {
          Group item = list.getGroup(0, i);
          Type element = item.getType().getType(0);
          items.add(item.getFieldRepetitionCount(0) == 0 || !element.isPrimitive() ? null
              : primitive(item, 0, 0, element.asPrimitiveType()));
        }
      }
      return items;
    }
    return primitive(group, column, 0, type.asPrimitiveType());
  }

  private static Object primitive(Group group, int column, int index, PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN:
        return group.getBoolean(column, index);
      case FLOAT:
        return group.getFloat(column, index);
      case DOUBLE:
        return group.getDouble(column, index);
      case INT32: {
        int value = group.getInteger(column, index);
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
          return BigDecimal.valueOf(value, d.getScale());
        }
        return logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation ? LocalDate.ofEpochDay(value) : value;
      }
      case INT64: {
        long value = group.getLong(column, index);
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
          return BigDecimal.valueOf(value, d.getScale());
        }
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
          Instant at = switch (t.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
          };
          return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }
        return value;
      }
      default: {
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
          return new BigDecimal(new BigInteger(group.getBinary(column, index).getBytes()), d.getScale());
        }
        return group.getString(column, index);
      }
    }
  }
}

package org.plancheck.testing;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.FactSchema;
import org.plancheck.FactSet;
import org.plancheck.FactSets;

/**
 * Fixture fact sets written as a register of Parquet tables (with the Parquet library Spark
 * brings), each value typed as its field is: decimals with their scale, whole numbers as INT32 or
 * INT64, dates as DATE, a set of words as a list, so that reading it checks the conversion of
 * typed values to the text a CSV cell holds.
 */
public final class SparkRegisters {
  private SparkRegisters() {}

  /** Writes {@code sets}, read against {@code schema}, as Parquet tables partitioned by region and asOf at {@code root}. */
  public static void writeParquet(FactSchema schema, Path root, List<Registers.FactSetAt> sets) throws Exception {
    for (Registers.FactSetAt set : sets) {
      FactSet facts = FactSets.read(set.folder(), schema);
      for (Path file : Registers.rowFiles(set.folder())) {
        FactKind kind = schema.kind(file.getFileName().toString().replaceFirst("\\.csv$", "")).orElseThrow();
        Path folder = Files.createDirectories(root.resolve(kind.name()).resolve(set.partition()));
        write(kind, facts.facts(kind.name()), folder.resolve("part-00000.snappy.parquet"));
      }
    }
  }

  /** Writes {@code facts} of {@code kind} as the Parquet file {@code file}, typed as their fields. */
  public static void write(FactKind kind, List<Fact> facts, Path file) throws Exception {
    List<FactField> fields = kind.fields().stream().filter(f -> !f.derived()).toList();
    Types.MessageTypeBuilder builder = Types.buildMessage();
    for (FactField field : fields) {
      builder.addField(type(field, facts, kind));
    }
    MessageType schema = builder.named(kind.name());
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(file.toUri()))
        .withType(schema).withConf(new Configuration(false)).build()) {
      for (Fact fact : facts) {
        Group group = groups.newGroup();
        for (FactField field : fields) {
          append(group, schema.getType(field.name()), fact.value(kind.index(field.name())));
        }
        writer.write(group);
      }
    }
  }

  /** Whole amounts as DECIMAL(18, scale) in an INT64 when a column's values share a scale; text otherwise. */
  private static Type type(FactField field, List<Fact> facts, FactKind kind) {
    String name = field.name();
    return switch (field.type()) {
      case INT -> Types.optional(PrimitiveTypeName.INT32).named(name);
      case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
      case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
      case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
      case WORDS -> Types.optionalGroup().as(LogicalTypeAnnotation.listType())
          .addField(Types.repeatedGroup().addField(Types.optional(PrimitiveTypeName.BINARY)
              .as(LogicalTypeAnnotation.stringType()).named("element")).named("list")).named(name);
      case DECIMAL -> {
        List<BigDecimal> values = facts.stream().map(f -> (BigDecimal) f.value(kind.index(name)))
            .filter(Objects::nonNull).toList();
        int scale = values.isEmpty() ? 0 : values.get(0).scale();
        boolean fits = scale >= 0 && values.stream().allMatch(v -> v.scale() == scale && v.unscaledValue().bitLength() < 60);
        yield fits ? Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(scale, 18)).named(name)
            : text(name);
      }
      default -> text(name);
    };
  }

  private static Type text(String name) {
    return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
  }

  private static void append(Group group, Type type, Object value) {
    String name = type.getName();
    if (value == null || "".equals(value)) {
      return;
    }
    if (value instanceof Collection<?> words) {
      Group list = group.addGroup(name);
      words.stream().map(String::valueOf).sorted().forEach(w -> list.addGroup("list").append("element", w));
    } else if (value instanceof BigDecimal d) {
      if (type.asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT64) {
        group.append(name, d.unscaledValue().longValueExact());
      } else {
        group.append(name, d.toPlainString());
      }
    } else if (value instanceof LocalDate date) {
      group.append(name, (int) date.toEpochDay());
    } else if (value instanceof Integer i) {
      group.append(name, i);
    } else if (value instanceof Long l) {
      group.append(name, l);
    } else if (value instanceof Boolean b) {
      group.append(name, b);
    } else {
      group.append(name, value.toString());
    }
  }
}

package org.plancheck.spark;

import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;
import org.plancheck.report.BatchRow;

/**
 * Writes {@link BatchRow}s as one Parquet file, in memory (a batch's rows are small: fact sets
 * times goals). Texts are UTF-8 strings, dates are dates, and amounts are decimal(38, s): 18
 * digits after the point (s = 18) unless a figure has more than 20 before it, when s gives up
 * as many decimals as that figure needs, so every figure of up to 38 digits fits; a figure with
 * more decimals than s (a progress ratio) is rounded half-even there.
 */
final class ParquetTable {
  /** Digits after the point of every amount column, unless a figure needs them before it. */
  static final int SCALE = 18;
  private static final int PRECISION = 38;
  /** Bytes of a decimal(38, 18): the two's complement of the unscaled value, sign-extended. */
  private static final int DECIMAL_BYTES = 16;

  static MessageType schema(int scale) {
    return Types.buildMessage()
      .required(BINARY).as(stringType()).named("factSet")
      .required(BINARY).as(stringType()).named("source")
      .optional(INT32).as(dateType()).named("asOf")
      .optional(BINARY).as(stringType()).named("region")
      .required(BINARY).as(stringType()).named("goal")
      .optional(BINARY).as(stringType()).named("scope")
      .required(BINARY).as(stringType()).named("status")
      .required(BINARY).as(stringType()).named("comparator")
      .optional(FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES).as(decimalType(scale, PRECISION)).named("target")
      .optional(INT32).as(dateType()).named("targetDate")
      .optional(FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES).as(decimalType(scale, PRECISION)).named("actual")
      .required(BINARY).as(stringType()).named("unit")
      .optional(FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES).as(decimalType(scale, PRECISION)).named("gap")
      .optional(FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES).as(decimalType(scale, PRECISION)).named("progress")
      .optional(BINARY).as(stringType()).named("trajectory")
      .optional(BINARY).as(stringType()).named("error")
      .named("plancheck_batch");
  }

  private ParquetTable() {}

  /**
   * Returns the Parquet file of {@code rows}.
   *
   * @throws IllegalArgumentException naming the column and figure when a figure has more than 38
   *     digits before the point, more than any Parquet decimal Spark reads holds
   */
  static byte[] write(List<BatchRow> rows) {
    int scale = scale(rows);
    MessageType schema = schema(scale);
    Memory file = new Memory();
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    // No Hadoop defaults read from the class path: the file is written to memory, never to a file system.
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(file).withType(schema)
        .withConf(new Configuration(false)).build()) {
      for (BatchRow row : rows) {
        writer.write(group(groups.newGroup(), row, scale));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the Parquet report could not be made: " + e.getMessage(), e);
    }
    return file.bytes.toByteArray();
  }

  /** The scale of the amount columns: 18, less the digits a figure needs before the point past 20. */
  static int scale(List<BatchRow> rows) {
    int before = 0;
    for (BatchRow r : rows) {
      for (BigDecimal value : java.util.Arrays.asList(r.target(), r.actual(), r.gap(), r.progress())) {
        if (value != null) {
          before = Math.max(before, value.precision() - value.scale());
        }
      }
    }
    return Math.max(0, Math.min(SCALE, PRECISION - before));
  }

  private static Group group(Group g, BatchRow r, int scale) {
    text(g, "factSet", r.factSet());
    text(g, "source", r.source());
    date(g, "asOf", r.asOf());
    text(g, "region", r.region());
    text(g, "goal", r.goal());
    text(g, "scope", r.scope());
    text(g, "status", r.status());
    text(g, "comparator", r.comparator());
    decimal(g, "target", r.target(), scale);
    date(g, "targetDate", r.targetDate());
    decimal(g, "actual", r.actual(), scale);
    text(g, "unit", r.unit());
    decimal(g, "gap", r.gap(), scale);
    decimal(g, "progress", r.progress(), scale);
    text(g, "trajectory", r.trajectory());
    text(g, "error", r.error());
    return g;
  }

  private static void text(Group g, String field, String value) {
    if (value != null) {
      g.append(field, value);
    }
  }

  private static void date(Group g, String field, LocalDate value) {
    if (value != null) {
      g.append(field, Math.toIntExact(value.toEpochDay()));
    }
  }

  private static void decimal(Group g, String field, BigDecimal value, int scale) {
    if (value != null) {
      g.append(field, Binary.fromConstantByteArray(unscaled(field, value, scale)));
    }
  }

  /** The 16 bytes of {@code value} at {@code scale}. */
  static byte[] unscaled(String field, BigDecimal value, int scale) {
    BigDecimal scaled = value.setScale(scale, RoundingMode.HALF_EVEN);
    if (scaled.precision() > PRECISION) {
      throw new IllegalArgumentException(field + " " + value.toPlainString() + " has more than "
          + (PRECISION - scale) + " digits before the point, more than the Parquet report's decimal(38, " + scale
          + ") holds");
    }
    byte[] minimal = scaled.unscaledValue().toByteArray();
    byte[] bytes = new byte[DECIMAL_BYTES];
    Arrays.fill(bytes, 0, DECIMAL_BYTES - minimal.length, minimal[0] < 0 ? (byte) -1 : 0);
    System.arraycopy(minimal, 0, bytes, DECIMAL_BYTES - minimal.length, minimal.length);
    return bytes;
  }

  /** A Parquet output file in memory. */
  private static final class Memory implements OutputFile {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        @Override
        public long getPos() {
          return bytes.size();
        }

        @Override
        public void write(int b) {
          bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          bytes.write(b, off, len);
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      bytes.reset();
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }
}

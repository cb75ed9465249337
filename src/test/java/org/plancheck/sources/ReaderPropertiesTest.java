package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.testing.Shanghai;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;
import org.plancheck.AmountFormatException;
import org.plancheck.Amounts;

/**
 * For any input the readers and the amount parser either produce a result or raise the
 * project's own error with a location: never another exception, never a hang. QuickTheories
 * shrinks a failing input to a small one and names the seed that reproduces it.
 */
class ReaderPropertiesTest {
  /** Strings of up to {@code max} characters drawn from {@code chars}. */
  private static Gen<String> stringsOf(String chars, int max) {
    List<Character> pool = chars.chars().mapToObj(c -> (char) c).toList();
    return lists().of(Generate.pick(pool)).ofSizeBetween(0, max).map(ReaderPropertiesTest::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder(chars.size());
    chars.forEach(s::append);
    return s.toString();
  }

  /** Any text, lone surrogates included: what a Reader may hand over. */
  private static Gen<String> anyString(int max) {
    return strings().allPossible().ofLengthBetween(0, max);
  }

  /** Any text a file can hold: every code point but the surrogates, which UTF-8 cannot encode. */
  private static Gen<String> anyFileText(int max) {
    Gen<Integer> codePoint = Generate.oneOf(Generate.range(0, 0xD7FF), Generate.range(0xE000, 0x10FFFF));
    return lists().of(codePoint).ofSizeBetween(0, max).map(points -> {
      StringBuilder s = new StringBuilder();
      points.forEach(s::appendCodePoint);
      return s.toString();
    });
  }

  @Test
  void amounts_parseToANonNegativeExactValue_orSayWhatWasExpected() {
    qt().withExamples(500).forAll(amountLike()).checkAssert(text -> {
      try {
        BigDecimal value = Amounts.parse(text);
        assertThat(value.signum()).isNotNegative();
        assertThat(value).isLessThanOrEqualTo(Amounts.MAX);
      } catch (AmountFormatException e) {
        assertThat(e.getMessage()).isNotBlank().contains(text.strip().isEmpty() ? "" : "'");
      }
    });
  }

  private static Gen<String> amountLike() {
    Gen<String> numbers = stringsOf("0123456789.eE+- ", 14);
    Gen<String> units = Generate.pick(List.of("", "万", "亿", "万亿", " billion", "million", " trillion", "x", "%"));
    return Generate.oneOf(numbers.zip(units, (n, u) -> n + u), anyString(20));
  }

  @Test
  void csvFiles_giveFactsOrALocatedFormatError() {
    qt().withExamples(300).forAll(csvLike()).checkAssert(text -> {
      try {
        Path folder = Files.createTempDirectory("prop-csv");
        try {
          Files.writeString(folder.resolve("enterprises.csv"), text);
          try {
            assertThat(FactSets.read(folder, Shanghai.SCHEMA).facts("enterprises")).allMatch(e -> e.amount().signum() >= 0);
          } catch (FactFormatException e) {
            assertThat(e.source()).contains(folder.toString());
            assertThat(e.problem()).isNotBlank();
          }
        } finally {
          Files.deleteIfExists(folder.resolve("enterprises.csv"));
          Files.delete(folder);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Gen<String> csvLike() {
    Gen<String> cell = Generate.oneOf(
        Generate.pick(List.of("E1", "E2", "metaverse", "green-low-carbon", "5亿", "-1", "1e400", "leader;core", "true",
            "\"q\"", "")),
        stringsOf("ab,;\"\n\r 1.\u00e9\u4ebf", 6));
    Gen<String> row = lists().of(cell).ofSizeBetween(1, 4).map(cells -> String.join(",", cells));
    Gen<String> header = Generate.pick(List.of("id,industry,revenue", "id,industry,revenue,designations", "revenue,id", ""));
    return Generate.oneOf(
        header.zip(lists().of(row).ofSizeBetween(0, 4), (h, rows) -> h + "\n" + String.join("\n", rows)),
        anyFileText(60));
  }

  @Test
  void jsonDocuments_giveFactsOrALocatedFormatError() {
    qt().withExamples(300).forAll(jsonLike()).checkAssert(text -> {
      try {
        FactSet facts = FactSets.readJson(new StringReader(text), "prop", Shanghai.SCHEMA, Limits.DEFAULT);
        assertThat(facts.info().name()).isNotBlank();
      } catch (FactFormatException e) {
        assertThat(e.getMessage()).startsWith("prop");
      }
    });
  }

  private static Gen<String> jsonLike() {
    Gen<String> value = Generate.pick(List.of("1", "\"5亿\"", "null", "true", "[]", "{}", "[\"leader\"]",
        "\"metaverse\"", "-3", "1e400", "\"\"", "[[1]]"));
    Gen<String> field = Generate.pick(List.of("id", "industry", "revenue", "designations", "name", "x"));
    Gen<String> object = maps().of(field, value).ofSizeBetween(0, 4).map(m -> {
      StringBuilder json = new StringBuilder("{");
      m.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
      return json.append('}').toString();
    });
    Gen<String> kind = Generate.pick(List.of("enterprises", "clusters", "products", "name", "other"));
    Gen<String> document = kind.zip(lists().of(object).ofSizeBetween(0, 3),
        (k, list) -> "{\"" + k + "\": [" + String.join(",", list) + "]}");
    return Generate.oneOf(document, stringsOf("{}[]\":,ab1 ", 30));
  }

  @Test
  void arbitraryBytes_neverEscapeAsAnotherException() {
    Gen<byte[]> bytes = Generate.byteArrays(Generate.range(0, 200), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    qt().withExamples(100).forAll(bytes).checkAssert(content -> {
      try {
        Path folder = Files.createTempDirectory("prop-bytes");
        try {
          Files.write(folder.resolve("products.csv"), content);
          try {
            FactSets.read(folder, Shanghai.SCHEMA);
          } catch (FactFormatException e) {
            assertThat(e.problem()).isNotBlank();
          }
        } finally {
          Files.deleteIfExists(folder.resolve("products.csv"));
          Files.delete(folder);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}

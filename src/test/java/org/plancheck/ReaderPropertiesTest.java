package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plancheck.testing.Shanghai;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For any input the readers and the amount parser either produce a result or raise the
 * project's own error with a location: never another exception, never a hang.
 */
class ReaderPropertiesTest {
  @Property(tries = 500)
  void amounts_parseToANonNegativeExactValue_orSayWhatWasExpected(@ForAll("amountLike") String text) {
    try {
      BigDecimal value = Amounts.parse(text);
      assertThat(value.signum()).isNotNegative();
      assertThat(value).isLessThanOrEqualTo(Amounts.MAX);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank().contains(text.strip().isEmpty() ? "" : "'");
    }
  }

  @Provide
  Arbitrary<String> amountLike() {
    Arbitrary<String> numbers = Arbitraries.strings().withChars("0123456789.eE+- ").ofMaxLength(14);
    Arbitrary<String> units = Arbitraries.of("", "万", "亿", "万亿", " billion", "million", " trillion", "x", "%");
    return Arbitraries.oneOf(numbers.flatMap(n -> units.map(u -> n + u)), Arbitraries.strings().ofMaxLength(20));
  }

  @Property(tries = 300)
  void csvFiles_giveFactsOrALocatedFormatError(@ForAll("csvLike") String text) throws IOException {
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
  }

  @Provide
  Arbitrary<String> csvLike() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.of("E1", "E2", "metaverse", "green-low-carbon", "5亿", "-1", "1e400", "leader;core", "true", "\"q\"", ""),
        Arbitraries.strings().withChars("ab,;\"\n\r 1.\u00e9\u4ebf").ofMaxLength(6));
    Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(4).map(cells -> String.join(",", cells));
    Arbitrary<String> header = Arbitraries.of("id,industry,revenue", "id,industry,revenue,designations", "revenue,id", "");
    return Arbitraries.oneOf(
        header.flatMap(h -> row.list().ofMaxSize(4).map(rows -> h + "\n" + String.join("\n", rows))),
        Arbitraries.strings().ofMaxLength(60));
  }

  @Property(tries = 300)
  void jsonDocuments_giveFactsOrALocatedFormatError(@ForAll("jsonLike") String text) {
    try {
      FactSet facts = FactSets.readJson(new StringReader(text), "prop", Shanghai.SCHEMA, Limits.DEFAULT);
      assertThat(facts.info().name()).isNotBlank();
    } catch (FactFormatException e) {
      assertThat(e.getMessage()).startsWith("prop");
    }
  }

  @Provide
  Arbitrary<String> jsonLike() {
    Arbitrary<String> value = Arbitraries.of("1", "\"5亿\"", "null", "true", "[]", "{}", "[\"leader\"]", "\"metaverse\"",
        "-3", "1e400", "\"\"", "[[1]]");
    Arbitrary<String> field = Arbitraries.of("id", "industry", "revenue", "designations", "name", "x");
    Arbitrary<String> object = Arbitraries.maps(field, value).ofMaxSize(4).map(m -> {
      StringBuilder json = new StringBuilder("{");
      m.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
      return json.append('}').toString();
    });
    Arbitrary<String> kind = Arbitraries.of("enterprises", "clusters", "products", "name", "other");
    Arbitrary<String> document = kind.flatMap(k -> object.list().ofMaxSize(3)
        .map(list -> "{\"" + k + "\": [" + String.join(",", list) + "]}"));
    return Arbitraries.oneOf(document, Arbitraries.strings().withChars("{}[]\":,ab1 ").ofMaxLength(30));
  }

  @Property(tries = 100)
  void arbitraryBytes_neverEscapeAsAnotherException(@ForAll @Size(max = 200) byte[] bytes) throws IOException {
    Path folder = Files.createTempDirectory("prop-bytes");
    try {
      Files.write(folder.resolve("products.csv"), bytes);
      try {
        FactSets.read(folder, Shanghai.SCHEMA);
      } catch (FactFormatException e) {
        assertThat(e.problem()).isNotBlank();
      }
    } finally {
      Files.deleteIfExists(folder.resolve("products.csv"));
      Files.delete(folder);
    }
  }
}

package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plancheck.Limits;

class CsvBytesTest {
  /** Records as "line: [values]", as Jackson splits them with the reader's options. */
  private static List<String> jackson(byte[] file) throws IOException {
    List<String> records = new ArrayList<>();
    CsvFactory factory = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES).streamReadConstraints(TextFiles.constraints(Limits.DEFAULT)).build();
    try (CsvParser csv = factory.createParser(TextFiles.utf8(new ByteArrayInputStream(file)))) {
      csv.nextToken();
      while (csv.nextToken() == JsonToken.START_ARRAY) {
        List<String> values = new ArrayList<>();
        int line = 0;
        while (csv.nextToken() == JsonToken.VALUE_STRING) {
          line = line == 0 ? csv.currentTokenLocation().getLineNr() : line;
          values.add(csv.getText());
        }
        records.add(line + ": " + values);
      }
    }
    return records;
  }

  /** Records as CsvBytes splits them, up to the first it leaves to Jackson ("unusual"). */
  private static List<String> bytes(byte[] file) throws IOException {
    List<String> records = new ArrayList<>();
    try (CsvBytes csv = new CsvBytes(new ByteArrayInputStream(file), Limits.DEFAULT.maxFieldLength())) {
      List<String> values = new ArrayList<>();
      for (int line = csv.next(values); line > 0; line = csv.next(values)) {
        records.add(line + ": " + values);
      }
    } catch (CsvBytes.Unusual e) {
      records.add("unusual");
    }
    return records;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a,b\nc,d\n", "a,b\r\nc,d", "a,b\rc,d\r", "\n\n  a, b ,\n\n", "a,\"b,\nc\"\"d\",e\nf",
      "\"\",\"\"\"\"\n,\n", "\uFEFFid,name\nE1,Éa\n", "a,b,", "  \"x\",y", "a\"b,c\"\n", "\r\n\r\n   \r\nx"})
  void plainRecords_areSplitAsJacksonSplitsThem(String text) throws IOException {
    byte[] file = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes(file)).isEqualTo(jackson(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a,\"b\" ,c", "a,\"b\"x", "a,\"never closed\nb"})
  void recordsJacksonReadsOtherwise_areLeftToIt_afterThePlainOnes(String text) throws IOException {
    byte[] file = ("x,y\n" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes(file)).containsExactly("1: [x, y]", "unusual");
  }

  @Test
  void badUtf8_isLeftToJackson() throws IOException {
    byte[] file = {'a', ',', 'b', '\n', 'c', (byte) 0xC3, '\n'};
    assertThat(bytes(file)).containsExactly("1: [a, b]", "unusual");
  }

  @Test
  void randomFiles_splitAsJacksonSplitsThem_upToTheFirstUnusualRecord() throws IOException {
    // The characters that steer splitting, and text of one, two and three bytes.
    String[] pieces = {"a", "b", ",", ",", "\"", "\"", "\r", "\n", "\r\n", " ", "é", "中", "\uFEFF"};
    Random random = new Random(12);
    int plain = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
      List<String> split = bytes(file);
      List<String> expected;
      try {
        expected = jackson(file);
      } catch (IOException e) {
        expected = null;
      }
      if (!split.isEmpty() && split.get(split.size() - 1).equals("unusual")) {
        List<String> before = split.subList(0, split.size() - 1);
        if (expected != null) {
          assertThat(expected.subList(0, Math.min(before.size(), expected.size()))).as(text.toString()).isEqualTo(before);
        }
      } else {
        plain++;
        assertThat(split).as(text.toString()).isEqualTo(expected);
      }
    }
    // Most random files are plain: the comparison is not vacuous.
    assertThat(plain).isGreaterThan(5_000);
  }

  @Test
  void aRecordAcrossManyBuffers_isReadWhole() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 50_000; i++) {
      out.writeBytes(("E" + i + ",\"x\r\ny\",é" + (i % 3 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
    }
    byte[] file = out.toByteArray();
    assertThat(bytes(file)).isEqualTo(jackson(file));
  }

  @Test
  void wordsThatShareACacheSlot_eachComeOutAsWritten_andRepeatAsOneInstance() throws IOException {
    // Same length, same first, middle and last bytes: the one slot of the column's cache.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append(i).append(i % 3 == 0 ? ",aXbYc\n" : i % 3 == 1 ? ",aZbWc\n" : ",aZbWc\n");
    }
    byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes(file)).isEqualTo(jackson(file));
    List<String> seen = new ArrayList<>();
    try (CsvBytes csv = new CsvBytes(new ByteArrayInputStream(file), Limits.DEFAULT.maxFieldLength())) {
      List<String> values = new ArrayList<>();
      for (int line = csv.next(values); line > 0; line = csv.next(values)) {
        seen.add(values.get(1));
      }
    } catch (CsvBytes.Unusual e) {
      throw new AssertionError(e);
    }
    // Rows 1 and 2 of each three repeat aZbWc: the second is the first's instance.
    assertThat(seen.get(2)).isSameAs(seen.get(1));
    assertThat(seen.get(2999)).isEqualTo("aZbWc");
  }

  @Test
  void shortValuesOfAFewLetters_inOneLongFile_comeOutAsJacksonReadsThem() throws IOException {
    // Values of up to five of three letters (one of two bytes), some quoted: many share a length
    // and their first, middle and last bytes, so they share slots and alternate in them.
    String[] letters = {"a", "b", "é"};
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < 40_000; row++) {
      for (int column = 0; column < 3; column++) {
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
          value.append(letters[random.nextInt(column == 2 ? 3 : 2)]);
        }
        text.append(column > 0 ? "," : "").append(random.nextInt(8) == 0 ? "\"" + value + "\"" : value);
      }
      text.append('\n');
    }
    byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
    List<String> split = bytes(file);
    assertThat(split).hasSize(40_000);
    assertThat(split).isEqualTo(jackson(file));
  }
}

package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.StreamedVsHeld;
import org.plancheck.facts.StreamedFacts;

/**
 * {@link Evaluator#read}, errors and threads: the streamed read must report exactly what the held
 * read reports, errors in the same order, and leave no reading thread behind.
 */
class StreamedReadErrorsTest {
  /** Firms with a unique code, seen by the rules only through their groups. */
  private static final String FIRMS = """
      package test;
      global org.plancheck.Measurements measurements;
      declare Firm
          @facts("firms")
          @unique("code")
          id : String @key
          code : String
          district : String
          output : java.math.BigDecimal @amount
          staff : int
      end
      declare FirmGroup
          @groups("Firm")
          district : String
          firms : int @count
          output : java.math.BigDecimal @sum
      end
      rule "G1 output"
          @goal("G1") @plan("test") @title("output") @target("0") @comparator(">=") @unit("yuan")
          @deadline("2025-12-31") @source("test")
      when
          accumulate(FirmGroup($o : output, $g : this); $sum : sum($o), $all : collectList($g))
      then
          measurements.record(drools, $sum, $all);
      end
      """;
  private static final Evaluator GROUPED = Evaluator.fromRuleTexts(Map.of("plan.drl", FIRMS));

  /** Writes {@code rows} firms, row {@code i} (0-based, on line i + 2) made by {@code row}. */
  private static Path firms(Path dir, int rows, IntFunction<String> row) throws IOException {
    return StreamedVsHeld.csv(dir, "firms.csv", "id,code,district,output,staff", rows, row);
  }

  private static String firm(int i) {
    return "F" + i + ",C" + i + ",D" + (i % 7) + "," + (i * 1000L) + "," + (i % 9);
  }

  private static void assertSameError(Evaluator rules, Path dir, Limits limits, String expected) {
    Throwable held = org.assertj.core.api.Assertions.catchThrowable(() -> FactSets.read(dir, rules.schema(), limits));
    assertThat(held).as("the held read fails").isInstanceOf(FactFormatException.class).hasMessageContaining(expected);
    assertThatThrownBy(() -> rules.read(dir, limits)).isInstanceOf(held.getClass()).hasMessage(held.getMessage());
  }

  @Test
  void uniqueValueRepeatedBeforeARepeatedId_isReportedFirst(@TempDir Path dir) throws IOException {
    firms(dir, 2_000, i -> i == 1_500 ? firm(3).replace(",C3,", ",C1500,")
        : i == 300 ? firm(i).replace(",C300,", ",C5,") : firm(i));
    assertSameError(GROUPED, dir, Limits.DEFAULT, "firms.csv:302");
  }

  @Test
  void repeatedIdBeforeARepeatedUniqueValue_isReportedFirst(@TempDir Path dir) throws IOException {
    firms(dir, 2_000, i -> i == 300 ? firm(3).replace(",C3,", ",C300,")
        : i == 1_500 ? firm(i).replace(",C1500,", ",C5,") : firm(i));
    assertSameError(GROUPED, dir, Limits.DEFAULT, "duplicate id 'F3'; first used on line 5");
  }

  @Test
  void rowRepeatingBothAnIdAndAUniqueValue_isReportedAsARepeatedId(@TempDir Path dir) throws IOException {
    firms(dir, 2_000, i -> i == 1_200 ? firm(3) : firm(i));
    assertSameError(GROUPED, dir, Limits.DEFAULT, "duplicate id 'F3'");
  }

  @Test
  void repeatedIdWithinTheRowLimit_isReportedBeforeTheLimit(@TempDir Path dir) throws IOException {
    firms(dir, 3_000, i -> i == 900 ? firm(3).replace(",C3,", ",C900,") : firm(i));
    Limits limits = new Limits(2L << 30, 1_000, 10_000, 32, 10_000_000);
    assertSameError(GROUPED, dir, limits, "duplicate id 'F3'");
    firms(dir, 3_000, i -> i == 1_900 ? firm(3).replace(",C3,", ",C1900,") : firm(i));
    assertSameError(GROUPED, dir, limits, "more than 1000 rows");
  }

  @Test
  void repeatedIdBeforeAnUnclosedQuoteAtTheEnd_isReportedFirst_andTheQuoteAlone_likewise(@TempDir Path dir)
      throws IOException {
    firms(dir, 2_000, i -> i == 700 ? firm(3).replace(",C3,", ",C700,")
        : i == 1_999 ? firm(i).replace(",D", ",\"D") : firm(i));
    assertSameError(GROUPED, dir, Limits.DEFAULT, "duplicate id 'F3'");
    firms(dir, 2_000, i -> i == 1_999 ? firm(i).replace(",D", ",\"D") : firm(i));
    assertSameError(GROUPED, dir, Limits.DEFAULT, "never closed");
  }

  @Test
  void repeatedIdBeforeAnOverlongValue_isReportedFirst(@TempDir Path dir) throws IOException {
    Limits limits = new Limits(2L << 30, 10_000_000, 100, 32, 10_000_000);
    firms(dir, 2_000, i -> i == 700 ? firm(3).replace(",C3,", ",C700,")
        : i == 1_500 ? firm(i).replace(",D", ",D" + "x".repeat(200)) : firm(i));
    assertSameError(GROUPED, dir, limits, "duplicate id 'F3'");
    firms(dir, 2_000, i -> i == 1_500 ? firm(i).replace(",D", ",D" + "x".repeat(200)) : firm(i));
    assertSameError(GROUPED, dir, limits, "firms.csv:1502");
  }

  @Test
  void rowOfTheWrongLength_afterARepeatedId_isReportedAfterIt(@TempDir Path dir) throws IOException {
    firms(dir, 2_000, i -> i == 700 ? firm(3).replace(",C3,", ",C700,") : i == 1_000 ? firm(i) + ",extra" : firm(i));
    assertSameError(GROUPED, dir, Limits.DEFAULT, "duplicate id 'F3'");
  }

  private static long readingThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("plancheck-rows")).count();
  }

  @Test
  void aSinkThatThrows_stopsTheRead_andLeavesNoReadingThread(@TempDir Path dir) throws IOException {
    firms(dir, 20_000, StreamedReadErrorsTest::firm);
    long before = readingThreads();
    AtomicInteger seen = new AtomicInteger();
    Consumer<Fact> failing = fact -> {
      if (seen.incrementAndGet() == 5_000) {
        throw new IllegalStateException("sink failed");
      }
    };
    assertThatThrownBy(() -> FactSets.read(dir, GROUPED.schema(), Limits.DEFAULT, kind -> failing))
        .isInstanceOf(IllegalStateException.class).hasMessage("sink failed");
    assertThat(seen).hasValue(5_000);
    assertThat(readingThreads()).isEqualTo(before);
  }

  @Test
  void interruptingTheReadingThread_endsTheReadWithAnError_keepsTheInterrupt_andLeavesNoThread(@TempDir Path dir)
      throws IOException {
    firms(dir, 20_000, StreamedReadErrorsTest::firm);
    long before = readingThreads();
    AtomicInteger seen = new AtomicInteger();
    Consumer<Fact> interrupting = fact -> {
      if (seen.incrementAndGet() == 1_000) {
        Thread.currentThread().interrupt();
      }
    };
    try {
      assertThatThrownBy(() -> FactSets.read(dir, GROUPED.schema(), Limits.DEFAULT, kind -> interrupting))
          .isInstanceOf(FactFormatException.class).hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(readingThreads()).isEqualTo(before);
  }

  @Test
  void listingStreamedFacts_givesEveryFactInFileOrder_andTheGroupsMembers(@TempDir Path dir) throws IOException {
    firms(dir, 3_000, StreamedReadErrorsTest::firm);
    FactSet read = GROUPED.read(dir);
    assertThat(read.facts("firms")).isInstanceOf(StreamedFacts.class);
    assertThat(List.copyOf(read.facts("firms"))).isEqualTo(List.copyOf(FactSets.read(dir, GROUPED.schema()).facts("firms")));
  }
}

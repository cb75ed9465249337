package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.Evaluator;
import org.plancheck.Fact;
import org.plancheck.FactFormatException;
import org.plancheck.FactKind;
import org.plancheck.FactSets;
import org.plancheck.GoalResult;
import org.plancheck.Limits;
import org.plancheck.Report;
import org.plancheck.SyntheticFactSets;
import org.plancheck.facts.SplittableSink;
import org.plancheck.testing.Shanghai;
import org.plancheck.testing.StreamedVsHeld;

/**
 * A large file of a streamed kind read in two halves at once must give what one pass gives, to
 * the line of every piece of evidence; and anything the halves cannot be sure of leaves the file
 * to the usual read, with the sink untouched.
 */
class CsvHalvesTest {
  private static final Evaluator RULES = Shanghai.RULES;
  private static final FactKind ENTERPRISE = RULES.schema().kind("enterprises").orElseThrow();

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void register() throws IOException {
    FactSets.writeCsv(SyntheticFactSets.generate(RULES.schema(), 20_000, 11), dir);
    file = dir.resolve("enterprises.csv");
  }

  private SplittableSink reducer() {
    return (SplittableSink) RULES.reducer(ENTERPRISE);
  }

  private CsvHalves.Read halves(SplittableSink sink, Limits limits) throws IOException {
    return CsvHalves.read(file, ENTERPRISE, limits, sink, 0);
  }

  /** The report of the fact set whose enterprises {@code sink} took, {@code count} of them. */
  private Report report(SplittableSink sink, int count) {
    return HalvesReports.report(RULES, ENTERPRISE, file, sink, count);
  }

  /** Reads the file the usual way into a new reducer, through a sink that cannot be split. */
  private Report onePass() {
    return HalvesReports.onePass(RULES, ENTERPRISE, file);
  }

  /** Returns {@code line} with the value of column {@code column} made {@code value}. */
  private static String withCell(String line, int column, String value) {
    String[] cells = line.split(",", -1);
    cells[column] = value;
    return String.join(",", cells);
  }

  /**
   * Edits line 100 of a new register, then line 15,000 of another (the first half, then the
   * second), and checks that each is left to the usual read, which reports {@code problem}.
   */
  private void assertEitherHalfLeftToTheUsualRead(UnaryOperator<String> edit, String problem) throws IOException {
    for (int at : new int[] {100, 15_000}) {
      register();
      List<String> lines = lines();
      lines.set(at, edit.apply(lines.get(at)));
      Files.write(file, lines);
      assertUsualRead();
      assertThatThrownBy(this::onePass).as("line " + at).hasMessageContaining(problem);
    }
  }

  private List<String> lines() throws IOException {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  @Test
  void aPlainFile_readInHalves_givesTheReportAndEvidenceLinesOfOnePass() throws IOException {
    SplittableSink sink = reducer();
    CsvHalves.Read read = halves(sink, Limits.DEFAULT);
    assertThat(read).isNotNull();
    assertThat(read.count()).isEqualTo(20_000);
    assertThat(read.lastLine()).isEqualTo(20_001);
    assertThat(read.ids().repeated()).isEmpty();
    Report halves = report(sink, read.count());
    Report whole = onePass();
    assertThat(halves.toJson()).isEqualTo(whole.toJson());
    for (int i = 0; i < whole.goals().size(); i++) {
      GoalResult goal = whole.goals().get(i);
      // The first facts counted are the groups' evidence, kept by each half at its own lines.
      List<Fact> counted = goal.counted().subList(0, Math.min(30, goal.counted().size()));
      assertThat(halves.goals().get(i).counted().subList(0, counted.size())).as(goal.id())
          .extracting(Fact::line).isEqualTo(counted.stream().map(Fact::line).toList());
    }
  }

  /**
   * Whole yuan are carried as longs and every other form as a BigDecimal: at and around the
   * bands' bounds, equal amounts written in different forms (ranked then by id), and sums past a
   * long, the halves must still give what one pass gives.
   */
  @Test
  void amountsOfEveryForm_readInHalves_giveTheSumsBandsAndEvidenceOfOnePass() throws IOException {
    String[] forms = {"999999999", "1000000000", "1000000001", "1000000000.5", "1e9", "10亿", "0009999999999",
        "10000000000", "0", "0.25", "5000000000", "5e9", "50亿", "5000000000.000", "1000000000000000", "1e15"};
    List<String> lines = lines();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      // One group of 10,000 enterprises at 10^15 yuan each: its sum outgrows a long.
      boolean big = i % 2 == 0;
      cells[2] = big ? "metaverse" : cells[2];
      cells[3] = big ? "" : cells[3];
      cells[4] = big ? "1000000000000000" : forms[i % forms.length];
      cells[5] = big ? "" : cells[5];
      lines.set(i, String.join(",", cells));
    }
    Files.write(file, lines);
    assertThat(lines.get(0)).isEqualTo("id,name,industry,segment,revenue,designations,international");
    SplittableSink sink = reducer();
    CsvHalves.Read read = halves(sink, Limits.DEFAULT);
    assertThat(read).isNotNull();
    Report halves = report(sink, read.count());
    Report whole = onePass();
    assertThat(halves.toJson()).isEqualTo(whole.toJson());
    for (int i = 0; i < whole.goals().size(); i++) {
      List<Fact> counted = whole.goals().get(i).counted();
      List<Fact> first = counted.subList(0, Math.min(30, counted.size()));
      assertThat(halves.goals().get(i).counted().subList(0, first.size())).as(whole.goals().get(i).id())
          .extracting(Fact::line, Fact::amount).isEqualTo(first.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.line(), f.amount())).toList());
    }
  }

  @Test
  void anIdOfTheFirstHalfRepeatedInTheSecond_isAmongTheRepeatedHashes() throws IOException {
    List<String> lines = lines();
    String id = lines.get(5).substring(0, lines.get(5).indexOf(','));
    String row = lines.get(19_000);
    lines.set(19_000, id + row.substring(row.indexOf(',')));
    Files.write(file, lines);
    CsvHalves.Read read = halves(reducer(), Limits.DEFAULT);
    assertThat(read).isNotNull();
    assertThat(read.ids().repeated()).contains(IdHashes.hash(id));
  }

  @Test
  void aLineBreakInAQuotedValueAtTheMiddle_leavesTheFileToTheUsualRead() throws IOException {
    List<String> lines = lines();
    // Names of 1,500 lines in the middle rows: the line feed the second half would start after
    // is inside quotes (checked below), so the first half goes past where the second starts.
    for (int i = 9_000; i < 11_000; i++) {
      String row = lines.get(i);
      int nameStart = row.indexOf(',') + 1;
      lines.set(i, row.substring(0, nameStart) + "\"" + "line\n".repeat(1_500) + "\""
          + row.substring(row.indexOf(',', nameStart)));
    }
    Files.write(file, lines);
    byte[] bytes = Files.readAllBytes(file);
    boolean quoted = false;
    int at = 0;
    for (; at < bytes.length && !(at >= bytes.length / 2 && bytes[at] == '\n'); at++) {
      quoted ^= bytes[at] == '"';
    }
    assertThat(quoted).as("the line feed after the middle is inside quotes").isTrue();
    assertUsualRead();
    assertThat(CsvFactReader.forEach(file, ENTERPRISE, Limits.DEFAULT, reducer())).isEqualTo(20_000);
  }

  @Test
  void aRecordOnlyJacksonReads_inTheSecondHalf_leavesTheFileToTheUsualRead() throws IOException {
    List<String> lines = lines();
    String row = lines.get(15_000);
    int nameStart = row.indexOf(',') + 1;
    // Text after a closing quote: CsvBytes leaves the record to Jackson.
    lines.set(15_000, row.substring(0, nameStart) + "\"Name\"x" + row.substring(row.indexOf(',', nameStart)));
    Files.write(file, lines);
    assertUsualRead();
  }

  @Test
  void aBadValueInEitherHalf_leavesTheFileToTheUsualRead() throws IOException {
    assertEitherHalfLeftToTheUsualRead(line -> withCell(line, 6, "maybe"), "expected true or false");
  }

  @Test
  void aWordNotDeclared_inEitherHalf_leavesTheFileToTheUsualRead() throws IOException {
    assertEitherHalfLeftToTheUsualRead(line -> withCell(line, 2, "metaverses"), "unknown industry 'metaverses'");
  }

  @Test
  void aSegmentOutsideItsWords_whereTheyDoNotApply_isReadInHalves_asOnePassReadsIt() throws IOException {
    List<String> lines = lines();
    for (int at : new int[] {100, 15_000}) {
      // The five segments are the terminal plan's words only (@wordsIf): free text elsewhere.
      lines.set(at, withCell(withCell(lines.get(at), 2, "metaverse"), 3, "digital-twins"));
    }
    Files.write(file, lines);
    SplittableSink sink = reducer();
    CsvHalves.Read read = halves(sink, Limits.DEFAULT);
    assertThat(read).isNotNull();
    assertThat(report(sink, read.count()).toJson()).isEqualTo(onePass().toJson());
  }

  @Test
  void moreRowsThanTheLimit_overBothHalves_leavesTheFileToTheUsualRead() throws IOException {
    Limits limits = new Limits(Limits.DEFAULT.maxFileBytes(), 19_999, Limits.DEFAULT.maxFieldLength(),
        Limits.DEFAULT.maxJsonDepth(), Limits.DEFAULT.maxFirings());
    SplittableSink sink = reducer();
    assertThat(halves(sink, limits)).isNull();
    assertThat(halves(reducer(), Limits.DEFAULT)).isNotNull();
  }

  @Test
  void aFileBelowTheSize_isLeftToTheUsualRead() throws IOException {
    assertThat(CsvHalves.read(file, ENTERPRISE, Limits.DEFAULT, reducer(), Files.size(file) + 1)).isNull();
  }

  @Test
  void groupsThatSumWholeNumbers_areNotSplittable() {
    Evaluator rules = Evaluator.fromRuleTexts(Map.of("facts.drl", StreamedVsHeld.FIRM, "plan.drl", """
        package test;
        declare FirmGroup
            @groups("Firm")
            district : String
            output : java.math.BigDecimal @sum
            staff : int @sum
        end
        """ + StreamedVsHeld.counting("G1", "FirmGroup()").replace("package test;", "")));
    FactKind firm = rules.schema().kind("firms").orElseThrow();
    assertThat(((SplittableSink) rules.reducer(firm)).splittable()).isFalse();
  }

  @Test
  void anErrorOnTheSecondHalfsThread_isThrown_notLostWithTheFactsAfterIt() throws IOException {
    // An OutOfMemoryError, say, where the second half adds a fact: the halves must not return
    // the facts read before it as if they were all.
    FailingAt sink = new FailingAt(idOnLine(15_000), () -> new OutOfMemoryError("test"), null);
    assertThatThrownBy(() -> halves(sink, Limits.DEFAULT)).isInstanceOf(OutOfMemoryError.class).hasMessage("test");
  }

  @Test
  void aBadValueInTheFirstHalf_isReportedBeforeAFailureInTheSecond() throws IOException {
    List<String> lines = lines();
    lines.set(100, lines.get(100).replace(",false", ",maybe").replace(",true", ",maybe"));
    Files.write(file, lines);
    // The first half comes to the bad value only once the second has failed, at its first row.
    int middle = (int) Math.min(Files.size(file), Integer.MAX_VALUE) / 2;
    byte[] bytes = Files.readAllBytes(file);
    int secondFirst = 1;
    for (int at = 0; at <= middle || bytes[at - 1] != '\n'; at++) {
      secondFirst += bytes[at] == '\n' ? 1 : 0;
    }
    FailingAt sink = new FailingAt(idOnLine(secondFirst), () -> new IllegalStateException("test"), idOnLine(100));
    // The usual read meets the bad value first, and never the fact the sink fails at.
    assertThatThrownBy(() -> CsvFactReader.forEach(file, ENTERPRISE, Limits.DEFAULT, sink))
        .isInstanceOf(FactFormatException.class).hasMessageContaining(":101:");
  }

  private String idOnLine(int line) throws IOException {
    String row = lines().get(line - 1);
    return row.substring(0, row.indexOf(','));
  }

  /**
   * A splittable sink, and each of its parts, that throws {@code failure} at the fact with id
   * {@code failAt}; at the fact with id {@code waitAt} (null for none), waits until it has.
   */
  private static final class FailingAt implements SplittableSink {
    private final String failAt;
    private final Supplier<Throwable> failure;
    private final String waitAt;
    private final CountDownLatch failed;

    FailingAt(String failAt, Supplier<Throwable> failure, String waitAt) {
      this(failAt, failure, waitAt, new CountDownLatch(1));
    }

    private FailingAt(String failAt, Supplier<Throwable> failure, String waitAt, CountDownLatch failed) {
      this.failAt = failAt;
      this.failure = failure;
      this.waitAt = waitAt;
      this.failed = failed;
    }

    @Override
    public void accept(Fact fact) {
      if (fact.id().equals(waitAt)) {
        try {
          assertThat(failed.await(10, TimeUnit.SECONDS)).as("the other part failed").isTrue();
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
      }
      if (fact.id().equals(failAt)) {
        failed.countDown();
        Throwable thrown = failure.get();
        if (thrown instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) thrown;
      }
    }

    @Override
    public boolean splittable() {
      return true;
    }

    @Override
    public SplittableSink part() {
      return new FailingAt(failAt, failure, waitAt, failed);
    }

    @Override
    public void join(SplittableSink part, int lineOffset) {
      // Nothing kept.
    }
  }

  /** The halves give up, leaving the sink as it was, and the usual read says what it says. */
  private void assertUsualRead() throws IOException {
    SplittableSink sink = reducer();
    assertThat(halves(sink, Limits.DEFAULT)).isNull();
    assertThat(report(sink, 0).toJson()).isEqualTo(report(reducer(), 0).toJson());
  }
}

package org.plancheck.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.plancheck.Evaluator;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.PlancheckException;
import org.plancheck.Report;

/**
 * What the tests of streamed reading share: the check that a fact set read by {@link
 * Evaluator#read} evaluates exactly as one read whole, small goal rules, and generated files.
 */
public final class StreamedVsHeld {
  private StreamedVsHeld() {}

  /** A kind of firm in package {@code test}, with a district, a size, an amount and a count. */
  public static final String FIRM = """
      package test;
      declare Firm
          @facts("firms")
          id : String @key
          district : String
          size : String
          output : java.math.BigDecimal @amount
          staff : int
      end
      """;

  /** Writes {@code rows} firms: 13 districts, some sizes and outputs blank, staff 0 to 8. */
  public static Path firms(Path dir, int rows) throws IOException {
    return csv(dir, "firms.csv", "id,district,size,output,staff", rows, i -> "F" + i + ",D" + (i % 13) + ","
        + (i % 3 == 0 ? "" : "S" + (i % 4)) + "," + (i % 7 == 1 ? "" : String.valueOf(i * 3_000L)) + "," + (i % 9));
  }

  /**
   * Checks that {@code factSet}, streamed, gives the report bytes and the counted facts it gives
   * held whole; or, when reading it whole fails, the same error.
   */
  public static void assertSameReportOrError(Evaluator rules, Path factSet) {
    Report held;
    try {
      held = rules.evaluate(FactSets.read(factSet, rules.schema()));
    } catch (PlancheckException e) {
      assertThatThrownBy(() -> rules.evaluate(rules.read(factSet))).isInstanceOf(e.getClass()).hasMessage(e.getMessage());
      return;
    }
    FactSet read = rules.read(factSet);
    Report streamed = rules.evaluate(read);
    assertThat(streamed.toJson()).isEqualTo(held.toJson());
    assertThat(read.size()).isEqualTo(FactSets.read(factSet, rules.schema()).size());
    for (int i = 0; i < held.goals().size(); i++) {
      assertThat(List.copyOf(streamed.goals().get(i).counted())).as(held.goals().get(i).id())
          .isEqualTo(List.copyOf(held.goals().get(i).counted()));
    }
  }

  /**
   * Returns a goal rule (in package {@code test}, with every required annotation) whose {@code
   * when} part is {@code when} and which records {@code measure} with {@code counted}.
   */
  public static String goal(String id, String when, String measure, String counted) {
    return """
        package test;
        global org.plancheck.Measurements measurements;
        rule "%s"
            @goal("%s") @plan("test") @title("%s") @target("1") @comparator(">=") @unit("enterprises")
            @deadline("2025-12-31") @source("test")
        when
            %s
        then
            measurements.record(drools, %s, %s);
        end
        """.formatted(id, id, id, when, measure, counted);
  }

  /** Returns a goal rule counting the facts {@code pattern} matches, listing them as counted. */
  public static String counting(String id, String pattern) {
    return goal(id, "accumulate($f : " + pattern + "; $n : count(), $all : collectList($f))", "$n", "$all");
  }

  /** Writes {@code file} into {@code dir}: {@code header}, then {@code rows} rows made by {@code row}. */
  public static Path csv(Path dir, String file, String header, int rows, IntFunction<String> row) throws IOException {
    StringBuilder csv = new StringBuilder(header).append('\n');
    for (int i = 0; i < rows; i++) {
      csv.append(row.apply(i)).append('\n');
    }
    Files.writeString(dir.resolve(file), csv);
    return dir;
  }
}

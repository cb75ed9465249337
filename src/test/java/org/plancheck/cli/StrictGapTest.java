package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plancheck.cli.CliHarness.run;

import org.junit.jupiter.api.Test;

/** A goal is never MISSED with a plain gap of 0: "> 50 percent" at exactly 50 needs more than 0. */
class StrictGapTest {
  private static final String AT_TARGET = "fixtures/thresholds-exactly-at-target";

  @Test
  void table_saysMoreThanZero_forAStrictPercentTargetHitExactly() {
    assertThat(run("evaluate", AT_TARGET).out())
        .containsPattern("IT-ICV-CONNECTED-SHARE +intelligent-terminal +MISSED +50 +> 50 percent +more than 0\n")
        .doesNotContainPattern("MISSED.*  0\n");
  }

  @Test
  void explain_saysMoreThanZeroIsStillNeeded() {
    assertThat(run("explain", "IT-ICV-CONNECTED-SHARE", AT_TARGET).out())
        .contains("It is 50 percent (50), 100% of the target, so more than 0 percent (more than 0) is still needed.");
  }

  @Test
  void strictTargetsWithAStep_keepTheirExactGap() {
    // "> 500 billion yuan" hit exactly misses by one fen: an exact amount, no "more than".
    assertThat(run("evaluate", AT_TARGET).out()).containsPattern("GLC-SCALE +green-low-carbon +MISSED +500 billion +> 500 billion yuan +0.01\n");
  }
}

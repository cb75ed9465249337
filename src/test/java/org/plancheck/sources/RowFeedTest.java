package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowFeedTest {
  /** A row read into: the number it was given last. */
  private static final class Slot {
    int number;
  }

  /** Gives numbers 0 to count - 1, into the slot given back when there is one. */
  private static RowFeed.Rows<Slot> numbers(int count, Set<Slot> made) {
    int[] next = {0};
    return reuse -> {
      if (next[0] == count) {
        return null;
      }
      Slot slot = reuse;
      if (slot == null) {
        slot = new Slot();
        made.add(slot);
      }
      slot.number = next[0]++;
      return slot;
    };
  }

  @Test
  void batchesGivenBack_areReadIntoAgain_andEveryRowComesOnceInOrder() {
    Set<Slot> made = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    List<Integer> seen = new ArrayList<>();
    try (RowFeed<Slot> feed = new RowFeed<>("numbers", numbers(200_000, made), IllegalStateException::new)) {
      for (RowFeed.Batch<Slot> batch = feed.next(); batch != null; batch = feed.next()) {
        batch.rows().forEach(slot -> seen.add(slot.number));
        feed.recycle(batch);
      }
    }
    assertThat(seen).hasSize(200_000);
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo(i);
    }
    // A few batches' rows in circulation, not one object per row.
    assertThat(made.size()).isLessThan(20 * 512);
  }

  @Test
  void batchesNotGivenBack_keepTheirRows() {
    Set<Slot> made = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    List<Slot> kept = new ArrayList<>();
    try (RowFeed<Slot> feed = new RowFeed<>("numbers", numbers(5_000, made), IllegalStateException::new)) {
      for (RowFeed.Batch<Slot> batch = feed.next(); batch != null; batch = feed.next()) {
        kept.addAll(batch.rows());
      }
    }
    assertThat(kept).extracting(slot -> slot.number).hasSize(5_000).doesNotHaveDuplicates();
    assertThat(made).hasSize(5_000);
  }

  @Test
  void anErrorComesAfterTheRowsBeforeIt() {
    int[] next = {0};
    RowFeed.Rows<Slot> failing = reuse -> {
      if (next[0] == 1_000) {
        throw new IOException("broken");
      }
      Slot slot = reuse != null ? reuse : new Slot();
      slot.number = next[0]++;
      return slot;
    };
    List<Integer> seen = new ArrayList<>();
    try (RowFeed<Slot> feed = new RowFeed<>("numbers", failing, e -> new IllegalStateException(e.getMessage()))) {
      assertThatThrownBy(() -> {
        for (RowFeed.Batch<Slot> batch = feed.next(); batch != null; batch = feed.next()) {
          batch.rows().forEach(slot -> seen.add(slot.number));
          feed.recycle(batch);
        }
      }).isInstanceOf(IllegalStateException.class).hasMessage("broken");
    }
    assertThat(seen).hasSize(1_000).last().isEqualTo(999);
  }
}

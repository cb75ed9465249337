package org.plancheck.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdHashesTest {
  @Test
  void distinctIdsOverSeveralBlocks_repeatNothing() {
    IdHashes ids = new IdHashes();
    for (int i = 0; i < 2_500_000; i++) {
      ids.add("E" + i);
    }
    assertThat(ids.repeated()).isEmpty();
  }

  @Test
  void idsRepeatedWithinABlock_andAcrossBlocks_areFound_eachOnce() {
    IdHashes ids = new IdHashes();
    for (int i = 0; i < 2_500_000; i++) {
      // E7 three times (one block, then two others), E1999999 twice in the second block.
      ids.add(i == 1_200_000 || i == 2_400_000 ? "E7" : i == 1_500_000 ? "E1999999" : "E" + i);
    }
    assertThat(ids.repeated()).containsExactlyInAnyOrder(IdHashes.hash("E7"), IdHashes.hash("E1999999"));
  }

  @Test
  void aRepeatInTheLastPartialBlock_isFound() {
    IdHashes ids = new IdHashes();
    ids.add("A");
    ids.add("B");
    ids.add("A");
    assertThat(ids.repeated()).containsExactly(IdHashes.hash("A"));
  }

  @Test
  void manyRepeats_comeOutSortedAsSignedLongs_forABinarySearch() {
    IdHashes ids = new IdHashes();
    java.util.List<Long> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 1_100_000; i++) {
      ids.add("E" + i);
      // Every 1000th id twice: hashes of both signs, repeated within and across blocks.
      if (i % 1000 == 0) {
        ids.add("E" + i);
        expected.add(IdHashes.hash("E" + i));
      }
    }
    long[] sorted = expected.stream().mapToLong(Long::longValue).sorted().toArray();
    assertThat(ids.repeated()).containsExactly(sorted);
  }
  @Test
  void idsInOrderOverSeveralBlocks_repeatNothing() {
    IdHashes ids = new IdHashes();
    for (int i = 0; i < 2_500_000; i++) {
      ids.add(String.format("E%07d", i));
    }
    assertThat(ids.repeated()).isEmpty();
  }

  @Test
  void idsInOrderOverSeveralBlocks_thenAnEarlyIdAgain_findTheRepeat() {
    IdHashes ids = new IdHashes();
    for (int i = 0; i < 2_500_000; i++) {
      ids.add(String.format("E%07d", i));
    }
    // Out of order only at the end: the blocks left unsorted are sorted then, and searched.
    ids.add("E0000007");
    assertThat(ids.repeated()).containsExactly(IdHashes.hash("E0000007"));
  }

  @Test
  void anIdEqualToTheOneBefore_isARepeat_notAnOrderedId() {
    IdHashes ids = new IdHashes();
    ids.add("A");
    ids.add("B");
    ids.add("B");
    ids.add("C");
    assertThat(ids.repeated()).containsExactly(IdHashes.hash("B"));
  }

  @Test
  void idsOutOfOrderButDistinct_repeatNothing() {
    IdHashes ids = new IdHashes();
    for (int i = 0; i < 1_100_000; i++) {
      // Descending: out of order from the second id on.
      ids.add(String.format("E%07d", 2_000_000 - i));
    }
    assertThat(ids.repeated()).isEmpty();
  }

  /** Adds ids {@code from} to {@code to} (exclusive), as E0000001 and so on, in order or reversed. */
  private static IdHashes ids(int from, int to, boolean reversed) {
    IdHashes ids = new IdHashes();
    for (int i = 0; i < to - from; i++) {
      ids.add(String.format("E%07d", reversed ? to - 1 - i : from + i));
    }
    return ids;
  }

  @Test
  void twoOrderedHalves_joinedInOrder_repeatNothing_andStayOrdered() {
    IdHashes first = ids(0, 1_500_000, false);
    first.addAll(ids(1_500_000, 2_600_000, false));
    assertThat(first.repeated()).isEmpty();
  }

  @Test
  void anIdOfTheFirstHalfRepeatedInTheSecond_isFound_whateverEachHalfsOrder() {
    for (boolean firstReversed : new boolean[] {false, true}) {
      for (boolean secondReversed : new boolean[] {false, true}) {
        IdHashes first = ids(0, 1_200_000, firstReversed);
        IdHashes second = ids(1_199_999, 2_300_000, secondReversed);
        first.addAll(second);
        assertThat(first.repeated()).as("reversed: %s, %s", firstReversed, secondReversed)
            .containsExactly(IdHashes.hash("E1199999"));
      }
    }
  }

  @Test
  void halvesEachInOrder_butTheSecondStartingBeforeTheFirstEnds_areCheckedForRepeats() {
    IdHashes first = ids(0, 1_000, false);
    first.addAll(ids(500, 600, false));
    assertThat(first.repeated()).hasSize(100);
  }

  @Test
  void anEmptyHalf_changesNothing() {
    IdHashes first = ids(0, 10, false);
    first.addAll(new IdHashes());
    assertThat(first.repeated()).isEmpty();
    IdHashes empty = new IdHashes();
    empty.addAll(ids(0, 10, false));
    empty.add("E0000003");
    assertThat(empty.repeated()).containsExactly(IdHashes.hash("E0000003"));
  }

  @Test
  void repeatsAtTheEndsOfBlocksOfEverySize_findWhatASetOfTheIdsFinds() {
    // Blocks hold 1024, 2048, ... ids: the first id of each block repeats the last of the one
    // before, and ids come out of order (a permutation) once the first block is full.
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Set<Long> expected = new java.util.TreeSet<>();
    IdHashes ids = new IdHashes();
    int end = 1024;
    String last = null;
    for (int i = 0; i < 600_000; i++) {
      String id = i == end ? last : i < 1024 ? String.format("E%07d", i) : "E" + ((i * 7919L) % 1_000_003);
      if (i == end) {
        end = 2 * end + 1024;
      }
      if (!seen.add(id)) {
        expected.add(IdHashes.hash(id));
      }
      ids.add(id);
      last = id;
    }
    assertThat(expected).hasSizeGreaterThan(8);
    assertThat(ids.repeated()).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
  }
}

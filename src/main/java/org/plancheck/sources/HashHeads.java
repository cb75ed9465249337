package org.plancheck.sources;

import java.util.List;

/**
 * The smallest unread hash of each sorted block of {@link IdHashes}, in a binary heap of
 * primitives: a k-way merge, so that equal hashes come out next to each other.
 */
final class HashHeads {
  private final long[][] blocks;
  private final int[] at;
  private final int[] heap;
  private int size;

  HashHeads(List<long[]> sorted) {
    blocks = sorted.stream().filter(b -> b.length > 0).toArray(long[][]::new);
    at = new int[blocks.length];
    heap = new int[blocks.length];
    for (int b = 0; b < blocks.length; b++) {
      heap[size++] = b;
      up(size - 1);
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  long least() {
    return head(heap[0]);
  }

  /** Moves past the least hash. */
  void advance() {
    int b = heap[0];
    if (++at[b] == blocks[b].length) {
      heap[0] = heap[--size];
    }
    down(0);
  }

  private long head(int b) {
    return blocks[b][at[b]];
  }

  private void up(int i) {
    while (i > 0 && head(heap[i]) < head(heap[(i - 1) / 2])) {
      swap(i, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  }

  private void down(int i) {
    while (true) {
      int least = i;
      for (int c = 2 * i + 1; c <= 2 * i + 2 && c < size; c++) {
        if (head(heap[c]) < head(heap[least])) {
          least = c;
        }
      }
      if (least == i) {
        return;
      }
      swap(i, least);
      i = least;
    }
  }

  private void swap(int i, int j) {
    int t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  }
}

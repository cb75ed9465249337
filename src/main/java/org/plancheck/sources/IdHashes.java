package org.plancheck.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The ids of one file, kept as 64-bit hashes: eight bytes an id, appended without a lookup (a
 * hash table of millions of ids costs a cache miss per row). They are kept in blocks, each
 * sorted as it fills, while the other thread is still reading; merging the sorted blocks at the
 * end finds the hashes that repeat. The reader then reads the file again to tell a repeated id
 * from the rare pair of ids that hash alike, so the check stays exact. Not thread-safe.
 */
final class IdHashes {
  private static final int BLOCK = 1 << 20;

  private final List<long[]> full = new ArrayList<>();
  private long[] block = new long[1024];
  private int size;

  /** Adds {@code id}'s hash. */
  void add(String id) {
    if (size == block.length) {
      if (size == BLOCK) {
        Arrays.sort(block);
        full.add(block);
        block = new long[1024];
        size = 0;
      } else {
        block = Arrays.copyOf(block, Math.min(BLOCK, size * 2));
      }
    }
    block[size++] = hash(id);
  }

  /** Returns, sorted, the hashes added more than once; empty when every one is distinct. Call once, when done adding. */
  long[] repeated() {
    long[] last = Arrays.copyOf(block, size);
    Arrays.sort(last);
    List<long[]> blocks = new ArrayList<>(full);
    blocks.add(last);
    // A k-way merge of the sorted blocks: equal hashes come out next to each other.
    PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> Long.compare(blocks.get(a[0])[a[1]], blocks.get(b[0])[b[1]]));
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).length > 0) {
        heads.add(new int[] {i, 0});
      }
    }
    long[] repeated = new long[0];
    int n = 0;
    boolean any = false;
    long previous = 0;
    while (!heads.isEmpty()) {
      int[] head = heads.poll();
      long hash = blocks.get(head[0])[head[1]];
      if (any && hash == previous && (n == 0 || repeated[n - 1] != hash)) {
        if (n == repeated.length) {
          repeated = Arrays.copyOf(repeated, Math.max(4, n * 2));
        }
        repeated[n++] = hash;
      }
      any = true;
      previous = hash;
      if (++head[1] < blocks.get(head[0]).length) {
        heads.add(head);
      }
    }
    return Arrays.copyOf(repeated, n);
  }

  /** FNV-1a over the characters, then MurmurHash3's finalizer to spread the bits. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}

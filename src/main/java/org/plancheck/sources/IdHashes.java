package org.plancheck.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ids of one file, kept as 64-bit hashes: eight bytes an id, appended without a lookup (a
 * hash table of millions of ids costs a cache miss per row). They are kept in blocks, each
 * sorted as it fills, while the other thread is still reading; merging the sorted blocks at the
 * end finds the hashes that repeat. The reader then reads the file again to tell a repeated id
 * from the rare pair of ids that hash alike, so the check stays exact. Not thread-safe.
 *
 * <p>Most registers list their ids in order. While each id sorts after the one before, no two
 * can be equal, and the blocks are left unsorted: sorting and merging them, the larger part of
 * the cost, is done only once an id comes out of order.
 */
final class IdHashes {
  private static final int BLOCK = 1 << 20;
  // Blocks are sorted by their top bits first: the hashes are spread evenly, so this one
  // counting pass leaves runs of a few hashes each for insertion sort, several times faster
  // than a comparison sort of the whole block.
  private static final int RADIX_BITS = 16;

  private final List<long[]> full = new ArrayList<>();
  private long[] block = new long[1024];
  private long[] scratch;
  private int size;
  // The first id added, and the last while every id sorted after the one before (null once one
  // did not): a later part of the file keeps the order when its first id sorts after this last.
  private String first;
  private String last;
  private boolean ascending = true;

  /** Adds {@code id}'s hash. */
  void add(String id) {
    if (first == null) {
      first = id;
    }
    if (ascending) {
      if (last != null && id.compareTo(last) <= 0) {
        unordered();
      } else {
        last = id;
      }
    }
    if (size == block.length) {
      nextBlock();
    }
    block[size++] = hash(id);
  }

  /**
   * Keeps the full block and starts the next, twice as large up to {@link #BLOCK}. One way for
   * every block, small or large: a branch first taken at the millionth id, in code the JIT has
   * compiled by then, would send the reading thread back to the interpreter while it compiles
   * the code again.
   */
  private void nextBlock() {
    full.add(ascending ? block : sorted(block, size));
    block = new long[Math.min(BLOCK, size * 2)];
    size = 0;
  }

  /** Some id did not sort after the one before: the full blocks, left unsorted so far, are sorted now. */
  private void unordered() {
    ascending = false;
    last = null;
    full.replaceAll(b -> sorted(b, b.length));
  }

  /**
   * Adds the hashes of {@code later}, the ids of the part of the file after this one's (read by
   * another thread, {@link CsvHalves}), as if they had been added here one by one.
   */
  void addAll(IdHashes later) {
    if (later.first == null) {
      return;
    }
    boolean ordered = ascending && later.ascending && (last == null || later.first.compareTo(last) > 0);
    if (size > 0) {
      full.add(ascending ? Arrays.copyOf(block, size) : sorted(block, size));
    }
    full.addAll(later.full);
    block = later.block;
    size = later.size;
    if (first == null) {
      first = later.first;
    }
    if (ordered) {
      last = later.last;
    } else if (ascending || later.ascending) {
      // Blocks of either part may be unsorted: all are sorted (again, for those that were).
      unordered();
    }
  }

  /** Returns, sorted, the hashes added more than once; empty when every one is distinct. Call once, when done adding. */
  long[] repeated() {
    if (ascending) {
      // Each id sorted after the one before: all are distinct, whatever their hashes.
      return new long[0];
    }
    List<long[]> blocks = new ArrayList<>(full);
    blocks.add(sorted(block, size));
    scratch = null;
    long[] repeated = new long[0];
    int n = 0;
    boolean any = false;
    long previous = 0;
    // A k-way merge of the sorted blocks: equal hashes come out next to each other.
    for (HashHeads heads = new HashHeads(blocks); !heads.isEmpty(); heads.advance()) {
      long hash = heads.least();
      if (any && hash == previous && (n == 0 || repeated[n - 1] != hash)) {
        if (n == repeated.length) {
          repeated = Arrays.copyOf(repeated, Math.max(4, n * 2));
        }
        repeated[n++] = hash;
      }
      any = true;
      previous = hash;
    }
    return Arrays.copyOf(repeated, n);
  }

  /**
   * Returns the first {@code n} hashes of {@code hashes}, sorted as signed longs: counted into
   * place by their top bits (sign bit flipped), then insertion-sorted within each run; a few by
   * {@link Arrays#sort}.
   */
  private long[] sorted(long[] hashes, int n) {
    if (n < 1 << RADIX_BITS) {
      // Fewer hashes than buckets: counting them into place would cost more than sorting.
      long[] out = Arrays.copyOf(hashes, n);
      Arrays.sort(out);
      return out;
    }
    if (scratch == null || scratch.length < n) {
      scratch = new long[Math.max(n, Math.min(BLOCK, 1024))];
    }
    int[] starts = new int[(1 << RADIX_BITS) + 1];
    for (int i = 0; i < n; i++) {
      starts[bucket(hashes[i]) + 1]++;
    }
    for (int b = 0; b < 1 << RADIX_BITS; b++) {
      starts[b + 1] += starts[b];
    }
    int[] next = Arrays.copyOf(starts, 1 << RADIX_BITS);
    for (int i = 0; i < n; i++) {
      scratch[next[bucket(hashes[i])]++] = hashes[i];
    }
    long[] out = n == hashes.length ? hashes : new long[n];
    System.arraycopy(scratch, 0, out, 0, n);
    for (int b = 0; b < 1 << RADIX_BITS; b++) {
      for (int i = starts[b] + 1; i < starts[b + 1]; i++) {
        long h = out[i];
        int j = i - 1;
        for (; j >= starts[b] && out[j] > h; j--) {
          out[j + 1] = out[j];
        }
        out[j + 1] = h;
      }
    }
    return out;
  }

  /** The top bits of a hash, with the sign bit flipped so that the buckets run in signed order. */
  private static int bucket(long hash) {
    return (int) ((hash ^ Long.MIN_VALUE) >>> (64 - RADIX_BITS));
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

package org.plancheck.sources;

import java.util.Arrays;

/**
 * The ids of one file, kept as 64-bit hashes in the order read: eight bytes an id, appended
 * without a lookup (a hash table of millions of ids costs a cache miss per row). Sorting them
 * at the end finds the hashes that repeat; the reader then reads the file again to tell a
 * repeated id from the rare pair of ids that hash alike, so the check stays exact. Not
 * thread-safe.
 */
final class IdHashes {
  private long[] hashes = new long[1024];
  private int size;

  /** Adds {@code id}'s hash. */
  void add(String id) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = hash(id);
  }

  /**
   * Returns, sorted, the hashes added more than once; empty when every one is distinct. Sorts
   * what was added in place: call it once, when done adding.
   */
  long[] repeated() {
    Arrays.parallelSort(hashes, 0, size);
    long[] repeated = new long[0];
    int n = 0;
    for (int i = 1; i < size; i++) {
      if (hashes[i] == hashes[i - 1] && (n == 0 || repeated[n - 1] != hashes[i])) {
        if (n == repeated.length) {
          repeated = Arrays.copyOf(repeated, Math.max(4, n * 2));
        }
        repeated[n++] = hashes[i];
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

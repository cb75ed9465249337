package org.plancheck.sources;

/**
 * The ids of one file, kept as 64-bit hashes, about 11 bytes each: ten million ids fit in a
 * hundred megabytes where a set of the strings would take a gigabyte. A hash seen before means
 * the id may repeat; the reader then reads the file again to tell a repeat from the rare pair of
 * ids that hash alike, so the check stays exact. Not thread-safe.
 */
final class IdHashes {
  private long[] slots = new long[1024];
  private int size;

  /** Adds {@code id}'s hash; returns false when it was there already (the id may repeat). */
  boolean add(String id) {
    long hash = hash(id);
    int mask = slots.length - 1;
    for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        slots[i] = hash;
        if (++size > slots.length / 4 * 3) {
          grow();
        }
        return true;
      }
      if (slot == hash) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long hash : old) {
      if (hash != 0) {
        int i = (int) hash & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = hash;
      }
    }
  }

  /** FNV-1a over the characters, then MurmurHash3's finalizer to spread the bits; never 0. */
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
    return h == 0 ? 1 : h;
  }
}

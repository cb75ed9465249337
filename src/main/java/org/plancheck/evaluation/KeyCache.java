package org.plancheck.evaluation;

/**
 * Group numbers by the very instances of a key's values, in front of the map that finds them by
 * equality. Read facts share their values' instances (the declaration's own words, one set per
 * combination of words, canonical booleans), so nearly every row of a register finds its group
 * here by comparing a few references, without making a key or hashing text. A key whose values
 * are new instances at each row misses and is found by equality, as without the cache; once the
 * table is half full, no more keys are added, so it stays small.
 */
final class KeyCache {
  private static final int SLOTS = 1 << 13;

  private final int width;
  private final Object[] refs;
  private final int[] groups = new int[SLOTS];
  private int used;

  /** A cache for keys of {@code width} values. */
  KeyCache(int width) {
    this.width = width;
    this.refs = new Object[SLOTS * width];
  }

  /** Returns the group of exactly these instances, or -1 when they were not put. */
  int find(Object[] values) {
    for (int slot = slot(values); ; slot = (slot + 1) & (SLOTS - 1)) {
      if (groups[slot] == 0) {
        return -1;
      }
      if (same(slot, values)) {
        return groups[slot] - 1;
      }
    }
  }

  /** Remembers {@code values}' instances as group {@code g}'s, while there is room. */
  void put(Object[] values, int g) {
    if (used >= SLOTS / 2) {
      return;
    }
    int slot = slot(values);
    while (groups[slot] != 0) {
      slot = (slot + 1) & (SLOTS - 1);
    }
    System.arraycopy(values, 0, refs, slot * width, width);
    // Stored plus one, so that zero marks a free slot.
    groups[slot] = g + 1;
    used++;
  }

  private boolean same(int slot, Object[] values) {
    int at = slot * width;
    for (int i = 0; i < width; i++) {
      if (refs[at + i] != values[i]) {
        return false;
      }
    }
    return true;
  }

  private int slot(Object[] values) {
    int h = 0;
    for (Object value : values) {
      h = h * 31 + System.identityHashCode(value);
    }
    // Spread the bits: identity hashes of a few objects may differ only in their high bits.
    h *= 0x9E3779B9;
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }
}

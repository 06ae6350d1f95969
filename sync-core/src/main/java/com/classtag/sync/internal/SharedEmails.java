package com.classtag.sync.internal;

import com.classtag.sync.plan.WarningCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds email addresses shared by several synced accounts (staff and contacts: the people who log
 * in with their email). Warns with the ids only, never the address.
 *
 * <p>It runs over every account every night and duplicates are rare, so it records addresses in
 * flat arrays and marks their hash codes in two small bitsets (seen once, seen again); only
 * addresses whose hash was seen again are compared exactly at the end. That keeps the common case
 * to a few cache-resident bit operations per account instead of a probe into a table of millions.
 */
final class SharedEmails {
  private final long[] seen;
  private final long[] twice;
  private final int mask;
  private int[] hashes;
  private String[] emails;
  private String[] ids;
  private int size;

  /**
   * @param expected about how many addresses will be added. It sizes the bitsets at 8 to 16 bits
   *     per address: about one address in ten is then compared exactly for nothing, and the bitsets
   *     stay small enough to stay in cache (they are hit at random, once per address). More
   *     addresses than expected cost more exact comparisons, never a wrong answer. It also sizes
   *     the address arrays, so that the usual night never copies arrays of a million entries to
   *     grow them.
   */
  SharedEmails(int expected) {
    int capacity = Math.max(16, expected);
    hashes = new int[capacity];
    emails = new String[capacity];
    ids = new String[capacity];
    int bits = Math.min(1 << 25, Integer.highestOneBit(Math.max(1 << 10, expected) * 8 - 1) << 1);
    seen = new long[bits >>> 6];
    twice = new long[bits >>> 6];
    mask = bits - 1;
  }

  void add(String email, String personId) {
    if (email == null) {
      return;
    }
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
      emails = Arrays.copyOf(emails, size * 2);
      ids = Arrays.copyOf(ids, size * 2);
    }
    int h = email.hashCode();
    hashes[size] = h;
    emails[size] = email;
    ids[size++] = personId;
    int bit = (h ^ (h >>> 16)) & mask;
    long m = 1L << bit;
    if ((seen[bit >>> 6] & m) != 0) {
      twice[bit >>> 6] |= m;
    } else {
      seen[bit >>> 6] |= m;
    }
  }

  void warn(Sink sink) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      int h = hashes[i];
      int bit = (h ^ (h >>> 16)) & mask;
      if ((twice[bit >>> 6] & (1L << bit)) != 0) {
        List<String> list = groups.computeIfAbsent(emails[i], k -> new ArrayList<>(2));
        if (!list.contains(ids[i])) {
          list.add(ids[i]);
        }
      }
    }
    for (List<String> list : groups.values()) {
      if (list.size() > 1) {
        sink.warn(
            WarningCode.SHARED_EMAIL,
            list,
            list.size()
                + " people share one email address ("
                + String.join(", ", list)
                + "); they may end up sharing one account.");
      }
    }
  }
}

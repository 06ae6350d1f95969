package com.classtag.sync.internal;

import com.classtag.sync.audit.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A count of records with the ids of the first {@value Finding#MAX_SAMPLES}: one finding's numbers.
 */
final class Tally {
  long count;
  final List<String> samples = new ArrayList<>(4);

  void add(String id) {
    if (count++ < Finding.MAX_SAMPLES) {
      samples.add(id);
    }
  }

  boolean isEmpty() {
    return count == 0;
  }
}

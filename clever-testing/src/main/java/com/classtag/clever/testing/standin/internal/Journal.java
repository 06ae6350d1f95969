package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.JournaledRequest;
import com.classtag.clever.testing.standin.RequestJournal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stand-in's request journal: appended to by the handler, cleared on reset. Thread-safe. */
final class Journal implements RequestJournal {
  private final List<JournaledRequest> requests = new ArrayList<>();

  synchronized void add(JournaledRequest request) {
    requests.add(request);
  }

  synchronized void clear() {
    requests.clear();
  }

  @Override
  public synchronized List<JournaledRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public synchronized long count(String path) {
    return requests.stream().filter(request -> request.path().equals(path)).count();
  }

  @Override
  public synchronized Map<String, Long> countsByPath() {
    Map<String, Long> counts = new LinkedHashMap<>();
    requests.forEach(request -> counts.merge(request.path(), 1L, Long::sum));
    return counts;
  }

  @Override
  public synchronized String toString() {
    return "RequestJournal" + countsByPath();
  }
}

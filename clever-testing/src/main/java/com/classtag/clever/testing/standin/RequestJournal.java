package com.classtag.clever.testing.standin;

import java.util.List;
import java.util.Map;

/**
 * Every request a stand-in received since it started or was last {@link CleverStandIn#reset()
 * reset}, for tests to assert on. An entry is recorded before its response is sent, so once a
 * client call returns, its requests are here. Thread-safe; each method answers from one moment's
 * contents.
 */
public interface RequestJournal {
  /** {@return the requests in the order they arrived} */
  List<JournaledRequest> requests();

  /**
   * Returns how many requests had a path, whatever their query.
   *
   * @param path the exact path, such as {@code /v3.0/sections}
   * @return the count
   */
  long count(String path);

  /** {@return the number of requests per path, in the order the paths were first requested} */
  Map<String, Long> countsByPath();
}

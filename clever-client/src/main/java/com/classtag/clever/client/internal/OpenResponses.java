package com.classtag.clever.client.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The responses a client has open, so that closing the client closes them and tests can check for
 * leaks.
 */
public final class OpenResponses {
  private final Set<TransportResponse> open = ConcurrentHashMap.newKeySet();

  void add(TransportResponse response) {
    open.add(response);
  }

  void remove(TransportResponse response) {
    open.remove(response);
  }

  /** Returns how many responses are open. */
  public int count() {
    return open.size();
  }

  /** Closes every open response. */
  public void closeAll() {
    for (TransportResponse r : open) {
      r.close();
    }
  }
}

package com.classtag.clever.model;

import java.util.List;
import java.util.Optional;

/** Lookups over a response's {@code links} array. */
final class Links {
  private Links() {}

  static Optional<String> uri(List<Link> links, String rel) {
    for (Link link : links) {
      if (link.rel().equals(rel) && !link.uri().isEmpty()) {
        return Optional.of(link.uri());
      }
    }
    return Optional.empty();
  }
}

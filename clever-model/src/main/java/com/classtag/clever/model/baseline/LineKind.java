package com.classtag.clever.model.baseline;

/** The {@code kind} tags of a baseline's lines after the header, as written. */
enum LineKind {
  DISTRICT("district"),
  SCHOOL("school"),
  TERM("term"),
  COURSE("course"),
  SECTION("section"),
  USER("user"),
  END("end");

  final String tag;

  LineKind(String tag) {
    this.tag = tag;
  }

  /** Returns the kind with this tag, or null if there is none. */
  static LineKind of(String tag) {
    for (LineKind k : values()) {
      if (k.tag.equals(tag)) {
        return k;
      }
    }
    return null;
  }
}

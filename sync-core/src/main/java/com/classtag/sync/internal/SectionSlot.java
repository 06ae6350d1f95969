package com.classtag.sync.internal;

import com.classtag.sync.source.SourceSection;
import java.time.LocalDate;

/** A roster section with its scope decided once and, when in scope, its people looked up once. */
final class SectionSlot {
  final SourceSection section;

  /** The app school its source school maps to, or null. */
  final String appSchool;

  final Scope.Status status;

  /** For an ended section, the term's end date. */
  final LocalDate endedOn;

  /**
   * Person positions of its students (-1 where the roster has no such student); in-scope sections
   * only.
   */
  int[] students;

  /**
   * Person positions of its teachers (-1 where the roster has no such teacher); in-scope sections
   * only.
   */
  int[] teachers;

  SectionSlot(SourceSection section, String appSchool, Scope.Status status, LocalDate endedOn) {
    this.section = section;
    this.appSchool = appSchool;
    this.status = status;
    this.endedOn = endedOn;
  }

  String id() {
    return section.id();
  }
}

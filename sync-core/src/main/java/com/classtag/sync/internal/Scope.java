package com.classtag.sync.internal;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides, once per section, whether the settings sync it at the plan's time. */
final class Scope {
  /** Where a section stands. */
  enum Status {
    /** Synced: a mapped school, passes the filter, term not ended. */
    IN_SCOPE,
    /** Would be synced but its term ended (and the settings archive ended terms). */
    ENDED,
    /** Not synced: its school is not mapped or the filter excludes it. */
    OUT_OF_SCOPE
  }

  private final StateIndex state;
  private final SyncSettings settings;

  /** Every roster section, by id, in roster order. */
  final Map<String, SectionSlot> sections;

  /** In-scope sections in roster order. */
  final List<SectionSlot> inScope = new ArrayList<>();

  Scope(RosterIndex roster, StateIndex state, SyncSettings settings, Instant now) {
    this.state = state;
    this.settings = settings;
    this.sections = new LinkedHashMap<>(Math.max(16, roster.sections.size() * 4 / 3 + 1));
    for (SourceSection s : roster.sections.values()) {
      String app = state.appSchool(s.schoolId());
      Status status;
      LocalDate ended = null;
      if (!syncsSchool(s.schoolId())
          || !settings.sectionFilter().matches(s.schoolId(), s.subject(), s.grade())) {
        status = Status.OUT_OF_SCOPE;
      } else {
        ended = endedOn(s, roster, now);
        status = ended == null ? Status.IN_SCOPE : Status.ENDED;
      }
      SectionSlot slot = new SectionSlot(s, app, status, ended);
      sections.put(s.id(), slot);
      if (status == Status.IN_SCOPE) {
        inScope.add(slot);
      }
    }
  }

  /**
   * Returns whether a source school is mapped to an app school and passes the filter's school list.
   */
  boolean syncsSchool(String sourceSchoolId) {
    if (state.appSchool(sourceSchoolId) == null) {
      return false;
    }
    return settings.sectionFilter().schoolIds().isEmpty()
        || settings.sectionFilter().schoolIds().contains(sourceSchoolId);
  }

  /** Returns the term's end date if the section's term ended past the grace days, else null. */
  private LocalDate endedOn(SourceSection s, RosterIndex roster, Instant now) {
    if (!settings.archiveEndedTerms() || s.termId().isEmpty()) {
      return null;
    }
    SourceTerm term = roster.terms.get(s.termId().get());
    if (term == null || term.endDate().isEmpty()) {
      return null;
    }
    LocalDate end = term.endDate().get();
    Instant cutoff =
        end.plusDays(settings.termGraceDays() + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    return now.isBefore(cutoff) ? null : end;
  }
}

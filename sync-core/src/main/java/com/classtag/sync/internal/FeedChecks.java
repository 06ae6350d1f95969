package com.classtag.sync.internal;

import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Roster-wide data checks that only warn: unknown schools and terms, unmapped schools. */
final class FeedChecks {
  private FeedChecks() {}

  /**
   * Warns about sections naming unknown schools or terms, and roster schools no app school maps.
   */
  static void sections(Context cx) {
    Map<String, Integer> unknownSchools = new LinkedHashMap<>();
    Map<String, Integer> unknownTerms = new LinkedHashMap<>();
    Map<String, Integer> perSchool = new HashMap<>();
    for (SourceSection s : cx.roster.sections.values()) {
      perSchool.merge(s.schoolId(), 1, Integer::sum);
      if (!cx.roster.schools.containsKey(s.schoolId())) {
        unknownSchools.merge(s.schoolId(), 1, Integer::sum);
      }
      if (cx.settings.archiveEndedTerms()
          && s.termId().isPresent()
          && !cx.roster.terms.containsKey(s.termId().get())) {
        unknownTerms.merge(s.termId().get(), 1, Integer::sum);
      }
    }
    unknownSchools.forEach(
        (id, n) ->
            cx.sink.warn(
                WarningCode.UNKNOWN_SCHOOL,
                id,
                n
                    + " section"
                    + (n == 1 ? " names" : "s name")
                    + " school "
                    + (id.isEmpty() ? "(none)" : id)
                    + ", which the roster does not share."));
    unknownTerms.forEach(
        (id, n) ->
            cx.sink.warn(
                WarningCode.UNKNOWN_TERM,
                id,
                n
                    + " section"
                    + (n == 1 ? " names" : "s name")
                    + " term "
                    + id
                    + ", which the roster does not share; they are never archived for an ended term."));
    for (SourceSchool s : cx.roster.schools.values()) {
      int n = perSchool.getOrDefault(s.id(), 0);
      if (n > 0 && cx.state.appSchool(s.id()) == null) {
        cx.sink.warn(
            WarningCode.UNMAPPED_SCHOOL,
            s.id(),
            "The roster shares "
                + cx.roster.schoolLabel(s.id())
                + " with "
                + n
                + " section"
                + (n == 1 ? "" : "s")
                + ", but no app school is linked to it;"
                + " they are not synced.");
      }
    }
  }
}

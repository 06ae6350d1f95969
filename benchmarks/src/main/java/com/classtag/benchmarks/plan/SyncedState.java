package com.classtag.benchmarks.plan;

import com.classtag.sync.plan.Planner;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.SectionBaseline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the app state a first sync of a roster leaves behind, by planning and applying ({@link
 * Planner#apply}) the first sync one school at a time and merging the results. The whole first-sync
 * plan of a million-student district does not fit in the steady-state benchmark's 4 GB heap next to
 * the roster; one school's does. A {@link SyntheticRoster} splits cleanly by school (every section,
 * contact link and co-teacher stays within one school, and a contact's links travel with the
 * contact), and new objects get ids derived from their source ids, so the per-school states merge
 * without clashes. The caller checks the result: re-planning it against the same roster must change
 * nothing.
 */
final class SyncedState {
  private SyncedState() {}

  /**
   * Returns the state after a first sync of {@code roster} from {@code unsynced}.
   *
   * @param planner the planner
   * @param roster a roster that splits by school
   * @param unsynced the state before the first sync: schools only
   * @param now the time of the first sync
   * @return the merged state
   */
  static AppState of(Planner planner, Roster roster, AppState unsynced, Instant now) {
    Map<String, String> schoolOfPerson = new HashMap<>();
    for (SourcePerson p : roster.people()) {
      if (!p.hasRole(PersonRole.CONTACT) && !p.schoolIds().isEmpty()) {
        schoolOfPerson.put(p.id(), p.schoolIds().get(0));
      }
    }
    Map<String, String> schoolOfContact = new HashMap<>();
    for (GuardianLink l : roster.guardianLinks()) {
      schoolOfContact.putIfAbsent(l.contactId(), schoolOfPerson.get(l.studentId()));
    }
    schoolOfPerson.putAll(schoolOfContact);

    AppState.Builder merged = AppState.builder().addAllSchools(unsynced.schools());
    Set<String> baseline = new LinkedHashSet<>();
    for (var school : roster.schools()) {
      String id = school.id();
      List<SourcePerson> people = new ArrayList<>();
      for (SourcePerson p : roster.people()) {
        if (id.equals(schoolOfPerson.get(p.id()))) {
          people.add(p);
        }
      }
      List<GuardianLink> links = new ArrayList<>();
      for (GuardianLink l : roster.guardianLinks()) {
        if (id.equals(schoolOfPerson.get(l.contactId()))) {
          links.add(l);
        }
      }
      List<SourceSection> sections = new ArrayList<>();
      for (SourceSection s : roster.sections()) {
        if (id.equals(s.schoolId())) {
          sections.add(s);
        }
      }
      Roster part =
          Roster.builder()
              .from(roster)
              .people(people)
              .guardianLinks(links)
              .sections(sections)
              .build();
      AppState synced = Planner.apply(planner.plan(part, unsynced, now), unsynced);
      merged
          .addAllClassrooms(synced.classrooms())
          .addAllStudents(synced.students())
          .addAllStaff(synced.staff())
          .addAllContacts(synced.contacts());
      synced.baseline().ifPresent(b -> baseline.addAll(b.sectionIds()));
    }
    return merged.baseline(SectionBaseline.of(baseline)).build();
  }
}

package com.classtag.sync.plan;

import com.classtag.sync.plan.Worlds.World;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Generates realistic states for the property tests: a random roster planned and applied, then
 * changed and synced again once or twice, then edited by "people" in the app, and a roster that
 * changed since: sections removed, added, moved between schools or re-identified (with or without
 * their SIS id), people re-keyed by SIS id or legacy id, differing copies of one person id, a
 * school's feed emptied or its school gone, all under random non-default settings.
 */
final class Evolutions {
  private Evolutions() {}

  static World generate(long seed) {
    Random r = new Random(seed);
    SyncSettings settings = Worlds.settings(r);
    AppState state =
        AppState.builder()
            .addSchools(
                Fixtures.appSchool("app-0", "sch-0"),
                Fixtures.appSchool("app-1", "sch-1"),
                Fixtures.appSchool("app-2", "sch-2"))
            .build();
    Roster roster = Worlds.roster(r);
    int nights = 1 + r.nextInt(3);
    for (int night = 0; night < nights; night++) {
      state =
          Planner.apply(
              Planner.create(settings)
                  .plan(roster, state, Worlds.NOW.minusSeconds(86400L * (4 - night))),
              state);
      roster = mutate(r, roster);
    }
    state = Worlds.edit(r, state);
    return new World(roster, state, settings, Worlds.NOW);
  }

  /** Returns the roster one night later. */
  static Roster mutate(Random r, Roster roster) {
    Map<String, String> rekeyed = new HashMap<>();
    List<SourcePerson> people = new ArrayList<>();
    for (SourcePerson p : roster.people()) {
      SourcePerson.Builder b = SourcePerson.builder().from(p);
      if (p.legacyId().isEmpty() && r.nextInt(3) == 0) {
        b.legacyId("leg-" + p.id());
      }
      int roll = r.nextInt(30);
      if (roll == 0 || p.id().isEmpty()) {
        continue;
      } else if (roll == 1 && p.sisId().isPresent()) {
        rekeyed.put(p.id(), p.id() + "-k");
        b.id(p.id() + "-k");
      } else if (roll == 2 && p.legacyId().isPresent()) {
        rekeyed.put(p.id(), p.id() + "-L");
        b.id(p.id() + "-L").sisId(Optional.empty());
      }
      people.add(b.build());
      if (roll == 3) {
        // A second, different person under the same id.
        people.add(
            SourcePerson.builder().from(p).firstName("Other").sisId("sis-other-" + p.id()).build());
      }
    }
    for (int i = 0; i < r.nextInt(3); i++) {
      people.add(Fixtures.student("s-new-" + r.nextInt(5), "sch-" + r.nextInt(3)));
    }
    String emptied = r.nextInt(8) == 0 ? "sch-" + r.nextInt(3) : null;
    List<SourceSection> sections = new ArrayList<>();
    for (SourceSection s : roster.sections()) {
      if (s.schoolId().equals(emptied)) {
        continue;
      }
      SourceSection.Builder b =
          SourceSection.builder()
              .from(s)
              .teacherIds(renamed(s.teacherIds(), rekeyed))
              .studentIds(renamed(s.studentIds(), rekeyed));
      int roll = r.nextInt(12);
      if (roll == 0) {
        continue;
      } else if (roll == 1) {
        b.schoolId("sch-" + r.nextInt(3));
      } else if (roll == 2) {
        b.id(s.id() + "-r");
      } else if (roll == 3) {
        b.id(s.id() + "-n").sisId(Optional.empty());
      } else if (roll == 4 && !s.studentIds().isEmpty()) {
        b.studentIds(s.studentIds().subList(0, r.nextInt(s.studentIds().size())));
      } else if (roll == 5) {
        b.addStudentIds("s-new-" + r.nextInt(5));
      }
      sections.add(b.build());
    }
    for (int i = 0; i < r.nextInt(3); i++) {
      sections.add(
          Fixtures.section("sec-new-" + r.nextInt(6), "sch-" + r.nextInt(3))
              .termId("term-now")
              .addTeacherIds("t-" + r.nextInt(6))
              .addStudentIds("s-" + r.nextInt(15), "s-new-" + r.nextInt(5))
              .build());
    }
    List<GuardianLink> links = new ArrayList<>();
    for (GuardianLink l : roster.guardianLinks()) {
      if (r.nextInt(15) != 0) {
        links.add(
            GuardianLink.builder()
                .from(l)
                .contactId(rekeyed.getOrDefault(l.contactId(), l.contactId()))
                .studentId(rekeyed.getOrDefault(l.studentId(), l.studentId()))
                .build());
      }
    }
    List<SourceSchool> schools = new ArrayList<>(roster.schools());
    if (emptied != null && r.nextBoolean()) {
      schools.removeIf(s -> s.id().equals(emptied));
    }
    return Roster.builder()
        .from(roster)
        .schools(schools)
        .sections(sections)
        .people(people)
        .guardianLinks(links)
        .build();
  }

  private static List<String> renamed(List<String> ids, Map<String, String> rekeyed) {
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(rekeyed.getOrDefault(id, id));
    }
    return out;
  }
}

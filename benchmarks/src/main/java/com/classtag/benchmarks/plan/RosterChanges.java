package com.classtag.benchmarks.plan;

import com.classtag.benchmarks.data.DistrictShape;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A night's worth of roster churn, about 1% of the records: applied to a roster, it gives the next
 * night's roster. Per mille of each kind: students 2 leave, 2 arrive (placed into a section of
 * their school), 2 change name and grade; 3 sections move one student to another section; sections
 * 1 leave, 1 arrive, 2 swap their primary teacher, 1 is renamed; contacts 1 leave, 1 arrive, 3
 * change email and phone. Unchanged records are the same objects as in the input roster, as they
 * would be equal in a fresh read.
 */
final class RosterChanges {
  private final SyntheticRoster district;
  private int changed;

  RosterChanges(SyntheticRoster district) {
    this.district = district;
  }

  /** Returns how many records the last {@link #apply} changed, added or removed. */
  int changed() {
    return changed;
  }

  /** Returns the next night's roster. */
  Roster apply(Roster roster) {
    DistrictShape shape = district.shape;
    changed = 0;
    Set<String> goneStudents = new HashSet<>();
    Set<String> goneContacts = new HashSet<>();
    List<SourcePerson> people = new ArrayList<>(roster.people().size() + 64);
    int student = 0;
    int contact = 0;
    for (SourcePerson p : roster.people()) {
      if (p.hasRole(PersonRole.STUDENT)) {
        int n = student++;
        if (picked(1, n, 2)) {
          goneStudents.add(p.id());
          changed++;
        } else if (picked(2, n, 2)) {
          people.add(district.student(n, 1));
          changed++;
        } else {
          people.add(p);
        }
      } else if (p.hasRole(PersonRole.CONTACT)) {
        int n = contact++;
        if (picked(3, n, 1)) {
          goneContacts.add(p.id());
          changed++;
        } else if (picked(4, n, 3)) {
          people.add(district.contact(n, 1));
          changed++;
        } else {
          people.add(p);
        }
      } else {
        people.add(p);
      }
    }

    List<GuardianLink> links = new ArrayList<>(roster.guardianLinks().size() + 64);
    for (GuardianLink l : roster.guardianLinks()) {
      if (!goneContacts.contains(l.contactId()) && !goneStudents.contains(l.studentId())) {
        links.add(l);
      }
    }
    int newContacts = Math.max(1, shape.contacts() / 1000);
    for (int k = 0; k < newContacts; k++) {
      SourcePerson added = district.contact(shape.contacts() + k, 0);
      people.add(added);
      district.addLinks(shape.contacts() + k, added.id(), links);
      changed++;
    }

    List<List<String>> arrivals = new ArrayList<>();
    for (int i = 0; i < shape.sections(); i++) {
      arrivals.add(new ArrayList<>(0));
    }
    int newStudents = Math.max(1, shape.students() / 500);
    int sectionsPerSchool = Math.max(1, shape.sections() / DistrictShape.SCHOOLS);
    for (int k = 0; k < newStudents; k++) {
      int n = shape.students() + k;
      people.add(district.student(n, 0));
      int section =
          SyntheticRoster.schoolOfStudent(n)
              + DistrictShape.SCHOOLS * ((k * 37) % sectionsPerSchool);
      arrivals.get(Math.min(section, shape.sections() - 1)).add(shape.studentId(n));
      changed++;
    }

    List<SourceSection> sections = new ArrayList<>(roster.sections().size() + 64);
    int index = 0;
    for (SourceSection s : roster.sections()) {
      int n = index++;
      if (picked(5, n, 1)) {
        changed++;
        continue;
      }
      boolean touched = false;
      List<String> students = new ArrayList<>(s.studentIds().size() + 1);
      for (String id : s.studentIds()) {
        if (!goneStudents.contains(id)) {
          students.add(id);
        } else {
          touched = true;
        }
      }
      if (picked(6, n, 3) && students.size() > 1) {
        // The student moves to the next section of the same school.
        String mover = students.remove(0);
        int target =
            n + DistrictShape.SCHOOLS < shape.sections()
                ? n + DistrictShape.SCHOOLS
                : n % DistrictShape.SCHOOLS;
        arrivals.get(target).add(mover);
        touched = true;
      }
      SourceSection.Builder b = SourceSection.builder().from(s);
      if (picked(7, n, 2)) {
        List<String> teachers = new ArrayList<>(s.teacherIds());
        teachers.set(0, shape.staffId((n + 1) % shape.staff()));
        b.teacherIds(teachers);
        touched = true;
      }
      if (picked(8, n, 1)) {
        b.name(s.name().orElse("") + " (renamed)");
        touched = true;
      }
      if (touched) {
        changed++;
        sections.add(b.studentIds(students).build());
      } else {
        sections.add(s);
      }
    }
    // Arrivals go in last, once every move has been decided.
    for (int i = 0; i < sections.size(); i++) {
      SourceSection s = sections.get(i);
      List<String> arrived = arrivals.get(index(shape, s));
      if (!arrived.isEmpty()) {
        List<String> students = new ArrayList<>(s.studentIds());
        for (String id : arrived) {
          if (!students.contains(id)) {
            students.add(id);
          }
        }
        sections.set(i, SourceSection.builder().from(s).studentIds(students).build());
      }
    }
    int newSections = Math.max(1, shape.sections() / 1000);
    for (int k = 0; k < newSections; k++) {
      sections.add(district.section(shape.sections() + k));
      changed++;
    }

    return Roster.builder()
        .from(roster)
        .people(people)
        .guardianLinks(links)
        .sections(sections)
        .build();
  }

  /** Returns the index of a section of the original district from its sis id {@code SEC-n}. */
  private static int index(DistrictShape shape, SourceSection s) {
    int n = Integer.parseInt(s.sisId().orElseThrow().substring(4));
    return n < shape.sections() ? n : 0;
  }

  /**
   * Picks {@code perMille} of every thousand records of a kind, spread evenly and
   * deterministically.
   */
  private static boolean picked(int kind, int n, int perMille) {
    long h = (n + 1L) * 0x9E3779B97F4A7C15L + kind * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 29;
    return Long.remainderUnsigned(h, 1000) < perMille;
  }
}

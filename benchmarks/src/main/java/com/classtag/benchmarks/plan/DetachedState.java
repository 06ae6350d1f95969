package com.classtag.benchmarks.plan;

import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The same app state with every text value in a string of its own, as an app that reads its state
 * from a database hands it to the planner. A state made by {@code Planner.apply} shares its strings
 * with the roster it was planned from, so the planner's comparisons of unchanged values are
 * reference comparisons; with this state each one reads both strings' characters.
 */
final class DetachedState {
  private DetachedState() {}

  static AppState of(AppState s) {
    return AppState.builder()
        .from(s)
        .classrooms(each(s.classrooms(), DetachedState::classroom))
        .students(each(s.students(), DetachedState::student))
        .staff(each(s.staff(), DetachedState::staff))
        .contacts(each(s.contacts(), DetachedState::contact))
        .build();
  }

  private static Classroom classroom(Classroom c) {
    return Classroom.builder()
        .from(c)
        .id(copy(c.id()))
        .schoolId(copy(c.schoolId()))
        .name(copy(c.name()))
        .grade(copy(c.grade()))
        .sections(
            each(
                c.sections(),
                r -> SectionRef.builder().from(r).id(copy(r.id())).sisId(copy(r.sisId())).build()))
        .teachers(
            each(
                c.teachers(),
                m -> TeacherMembership.builder().from(m).staffId(copy(m.staffId())).build()))
        .students(
            each(
                c.students(),
                m -> StudentMembership.builder().from(m).studentId(copy(m.studentId())).build()))
        .build();
  }

  private static StudentRecord student(StudentRecord r) {
    return StudentRecord.builder()
        .from(r)
        .id(copy(r.id()))
        .sourceId(copy(r.sourceId()))
        .sisId(copy(r.sisId()))
        .studentNumber(copy(r.studentNumber()))
        .legacyId(copy(r.legacyId()))
        .firstName(copy(r.firstName()))
        .lastName(copy(r.lastName()))
        .email(copy(r.email()))
        .grade(copy(r.grade()))
        .displayId(copy(r.displayId()))
        .ellStatus(copy(r.ellStatus()))
        .frlStatus(copy(r.frlStatus()))
        .iepStatus(copy(r.iepStatus()))
        .build();
  }

  private static StaffAccount staff(StaffAccount a) {
    return StaffAccount.builder()
        .from(a)
        .id(copy(a.id()))
        .sourceId(copy(a.sourceId()))
        .sisId(copy(a.sisId()))
        .legacyId(copy(a.legacyId()))
        .firstName(copy(a.firstName()))
        .lastName(copy(a.lastName()))
        .email(copy(a.email()))
        .smsPhone(copy(a.smsPhone()))
        .homePhone(copy(a.homePhone()))
        .build();
  }

  private static ContactAccount contact(ContactAccount a) {
    return ContactAccount.builder()
        .from(a)
        .id(copy(a.id()))
        .sourceId(copy(a.sourceId()))
        .sisId(copy(a.sisId()))
        .legacyId(copy(a.legacyId()))
        .firstName(copy(a.firstName()))
        .lastName(copy(a.lastName()))
        .email(copy(a.email()))
        .smsPhone(copy(a.smsPhone()))
        .homePhone(copy(a.homePhone()))
        .links(
            each(
                a.links(),
                l ->
                    ContactLink.builder()
                        .from(l)
                        .studentId(copy(l.studentId()))
                        .type(copy(l.type()))
                        .relationship(copy(l.relationship()))
                        .build()))
        .build();
  }

  private static <T> List<T> each(List<T> values, UnaryOperator<T> copy) {
    List<T> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(copy.apply(v));
    }
    return out;
  }

  private static String copy(String value) {
    return new String(value.toCharArray());
  }

  private static Optional<String> copy(Optional<String> value) {
    return value.map(DetachedState::copy);
  }
}

package com.classtag.examples.demo;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.json.AppStateJson;
import com.classtag.sync.json.SettingsJson;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Generates the bundled demo app state, {@code demo/app-state.json}: the app as last night's sync
 * left it (the demo district planned against an app with three linked schools and applied), then
 * the changes the demo shows, each one a story the planner must handle. {@link DemoScenario} names
 * them and the ids involved, so the end-to-end test can assert the decisions each implies.
 */
final class DemoStateGenerator {
  /** The schema, relative to the bundled file in the source tree. */
  private static final String SCHEMA = "../../../../../docs/schema/app-state.schema.json";

  /** When last night's sync ran. */
  static final Instant LAST_NIGHT = Instant.parse("2026-09-30T06:00:00Z");

  private DemoStateGenerator() {}

  /** Returns the bundled state's JSON. */
  static String generate() {
    GeneratedDistrict district = DemoDistrict.generate(DemoDistrict.DEFAULT_STUDENTS);
    Roster roster = CleverRosterAdapter.toRoster(snapshot(district));
    AppState schools =
        AppState.builder()
            .addSchools(
                AppSchool.builder()
                    .id("maple")
                    .name("Maple Elementary School")
                    .addSourceSchoolIds(district.schoolId(0))
                    .build())
            .addSchools(
                AppSchool.builder()
                    .id("cedar")
                    .name("Cedar Middle School")
                    .addSourceSchoolIds(district.schoolId(1))
                    .build())
            .addSchools(
                AppSchool.builder()
                    .id("ridge")
                    .name("Ridge High School")
                    .addSourceSchoolIds(district.schoolId(2))
                    .build())
            .build();
    // Last night the district had not yet turned on archiving ended terms; the summer classroom was
    // synced.
    SyncSettings lastNight =
        SyncSettings.builder().from(demoSettings()).archiveEndedTerms(false).build();
    Plan first = Planner.create(lastNight).plan(roster, schools, LAST_NIGHT);
    AppState synced = friendlyIds(Planner.apply(first, schools));
    String json =
        AppStateJson.toJson(DemoScenario.applyAll(synced, new DemoScenario.Ids(district, synced)));
    // Editors find the schema through this; the command ignores it.
    return json.replaceFirst("\\{\n", "{\n  \"\\$schema\": \"" + SCHEMA + "\",\n");
  }

  static SyncSettings demoSettings() {
    try (Reader reader = DemoFiles.SETTINGS.open()) {
      return SettingsJson.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RosterSnapshot snapshot(GeneratedDistrict district) {
    try (CleverStandIn clever = CleverStandIn.builder(district).token("generator").start();
        CleverClient client =
            CleverClient.builder()
                .baseUrl(clever.baseUrl().toString())
                .token("generator")
                .build()) {
      return client.snapshot();
    }
  }

  /**
   * Replaces the provisional ids the plan gave new objects ({@code new:classroom:<section id>})
   * with ids an app would have: {@code classroom-0001}, {@code student-0001}, {@code staff-0001},
   * {@code contact-0001}, numbered in the state's order.
   */
  static AppState friendlyIds(AppState state) {
    Map<String, String> ids = new HashMap<>();
    number(ids, "classroom", state.classrooms().stream().map(Classroom::id).toList());
    number(ids, "student", state.students().stream().map(StudentRecord::id).toList());
    number(ids, "staff", state.staff().stream().map(StaffAccount::id).toList());
    number(ids, "contact", state.contacts().stream().map(ContactAccount::id).toList());
    UnaryOperator<String> id = old -> ids.getOrDefault(old, old);
    AppState.Builder renamed = AppState.builder().addAllSchools(state.schools());
    for (Classroom classroom : state.classrooms()) {
      Classroom.Builder copy =
          Classroom.builder()
              .from(classroom)
              .id(id.apply(classroom.id()))
              .teachers(List.of())
              .students(List.of());
      classroom
          .teachers()
          .forEach(
              t ->
                  copy.addTeachers(
                      TeacherMembership.builder().from(t).staffId(id.apply(t.staffId())).build()));
      classroom
          .students()
          .forEach(
              s -> copy.addStudents(StudentMembership.of(id.apply(s.studentId()), s.addedBy())));
      renamed.addClassrooms(copy.build());
    }
    state
        .students()
        .forEach(
            s -> renamed.addStudents(StudentRecord.builder().from(s).id(id.apply(s.id())).build()));
    state
        .staff()
        .forEach(
            s -> renamed.addStaff(StaffAccount.builder().from(s).id(id.apply(s.id())).build()));
    for (ContactAccount contact : state.contacts()) {
      ContactAccount.Builder copy =
          ContactAccount.builder().from(contact).id(id.apply(contact.id())).links(List.of());
      contact
          .links()
          .forEach(
              l ->
                  copy.addLinks(
                      ContactLink.builder().from(l).studentId(id.apply(l.studentId())).build()));
      renamed.addContacts(copy.build());
    }
    state.baseline().ifPresent(renamed::baseline);
    return renamed.build();
  }

  private static void number(Map<String, String> ids, String kind, List<String> old) {
    for (int i = 0; i < old.size(); i++) {
      ids.put(old.get(i), kind + "-" + Context4.pad(i + 1));
    }
  }

  /** Zero-pads a sequence number to four digits. */
  private static final class Context4 {
    static String pad(int n) {
      String digits = Integer.toString(n);
      return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }
  }
}

package com.classtag.examples.usage;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.PlanText;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.time.Instant;

/**
 * sync-core in a few lines: a roster (built by hand here; {@code
 * CleverRosterAdapter.toRoster(snapshot)} maps a Clever snapshot, see {@link ClientUsage}), an app
 * state with one school linked to Clever, settings, and the time; then the plan, its text and JSON
 * forms, and the state after applying it, which plans to nothing. The README's planner snippet is
 * this file.
 */
public final class PlannerUsage {
  private PlannerUsage() {}

  /**
   * Runs the example, printing the plan.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Roster roster =
        Roster.builder()
            .addSchools(SourceSchool.builder().id("sch-1").name("Maple Elementary").build())
            .addSections(
                SourceSection.builder()
                    .id("sec-1")
                    .schoolId("sch-1")
                    .name("Homeroom 4B")
                    .subject("homeroom/advisory")
                    .grade("4")
                    .addTeacherIds("t-1")
                    .addStudentIds("st-1")
                    .build())
            .addPeople(
                SourcePerson.builder()
                    .id("t-1")
                    .addRoles(PersonRole.TEACHER)
                    .firstName("Ada")
                    .lastName("Park")
                    .email("ada.park@school.example")
                    .addSchoolIds("sch-1")
                    .build(),
                SourcePerson.builder()
                    .id("st-1")
                    .addRoles(PersonRole.STUDENT)
                    .firstName("Ben")
                    .lastName("Ortiz")
                    .sisId("1001")
                    .grade("4")
                    .addSchoolIds("sch-1")
                    .build(),
                SourcePerson.builder()
                    .id("p-1")
                    .addRoles(PersonRole.CONTACT)
                    .lastName("Rosa Ortiz")
                    .addPhones(Phone.of("5550100", "Cell"))
                    .build())
            .addGuardianLinks(
                GuardianLink.builder()
                    .contactId("p-1")
                    .studentId("st-1")
                    .type("Parent/Guardian")
                    .relationship("Parent")
                    .build())
            .build();
    AppState state =
        AppState.builder()
            .addSchools(
                AppSchool.builder()
                    .id("maple")
                    .name("Maple Elementary")
                    .addSourceSchoolIds("sch-1")
                    .build())
            .build();
    SyncSettings settings =
        SyncSettings.builder()
            .sectionFilter(SectionFilter.builder().addSubjects("homeroom/advisory").build())
            .build();

    Plan plan = Planner.create(settings).plan(roster, state, Instant.parse("2026-10-01T06:00:00Z"));

    System.out.println(PlanText.render(plan));
    for (Decision decision : plan.decisions()) {
      if (decision.kind() == DecisionKind.CREATE_CLASSROOM) {
        System.out.println(
            "create " + decision.value(Field.NAME).orElse("?") + ": " + decision.explanation());
      }
    }
    String json = PlanJson.toJson(plan);
    System.out.println("JSON reads back equal: " + PlanJson.fromJson(json).equals(plan));

    AppState next = Planner.apply(plan, state);
    Plan again = Planner.create(settings).plan(roster, next, Instant.parse("2026-10-02T06:00:00Z"));
    System.out.println("after applying, the next plan has changes: " + !again.hasNoChanges());
  }
}

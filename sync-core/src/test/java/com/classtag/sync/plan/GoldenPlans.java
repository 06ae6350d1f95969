package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;

import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.util.List;

/**
 * The scenario behind the golden plan files: the standard district, synced, then a night on which
 * section {@code sec-2} leaves (its archive is held by a strict threshold), a new homeroom {@code
 * sec-3} appears, contact {@code c-1} changes email, an emergency contact is filtered, and a
 * section names an unknown teacher.
 */
final class GoldenPlans {
  private GoldenPlans() {}

  static AppState before() {
    return syncedDistrict();
  }

  static Roster roster() {
    return Roster.builder()
        .from(without(district().build(), "c-2"))
        .sections(
            List.of(
                sec1(),
                section("sec-3", "sch-1")
                    .name("Homeroom 5A")
                    .grade("5")
                    .addTeacherIds("t-2", "t-404")
                    .addStudentIds("s-3")
                    .build()))
        .people(
            replacing(
                    without(district().build(), "c-2"),
                    contactBuilder("c-1").email("c1-new@home.example").build())
                .people())
        .addPeople(contact("c-9"))
        .addGuardianLinks(
            GuardianLink.builder()
                .contactId("c-9")
                .studentId("s-3")
                .type("Emergency")
                .relationship("Other")
                .build())
        .build();
  }

  static SyncSettings settings() {
    return SyncSettings.builder().deletionThreshold(DeletionThreshold.of(0, 0)).build();
  }

  static Plan plan() {
    return Fixtures.plan(roster(), before(), settings());
  }
}

package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.SectionBaseline;
import com.classtag.sync.state.SectionRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the planner safety defects of issue 13: the threshold per school, held
 * decisions that name the ids a plan leaves, and school holds that cover what was in the school.
 * (Duplicate user ids are covered where they arise: {@code SnapshotTest} and {@code
 * CleverRosterAdapterTest}.)
 */
class PlannerSafetyRegressionTest {
  /**
   * Schools {@code sch-<x>} with {@code n} one-teacher, one-student sections each, mapped one to
   * one.
   */
  private static Roster schools(String[] names, int[] sizes) {
    Roster.Builder r = Roster.builder();
    for (int k = 0; k < names.length; k++) {
      String x = names[k];
      r.addSchools(Fixtures.school("sch-" + x));
      for (int i = 0; i < sizes[k]; i++) {
        r.addSections(
            Fixtures.section(x + "-sec-" + i, "sch-" + x)
                .addTeacherIds(x + "-t-" + i)
                .addStudentIds(x + "-s-" + i)
                .build());
        r.addPeople(teacher(x + "-t-" + i, "sch-" + x), student(x + "-s-" + i, "sch-" + x));
      }
    }
    return r.build();
  }

  private static AppState app(String... names) {
    AppState.Builder b = AppState.builder();
    for (String x : names) {
      b.addSchools(appSchool("app-" + x, "sch-" + x));
    }
    return b.build();
  }

  private static Roster dropSections(Roster roster, String prefix, int count) {
    List<SourceSection> kept = new ArrayList<>();
    for (SourceSection s : roster.sections()) {
      int i = Integer.parseInt(s.id().substring(s.id().lastIndexOf('-') + 1));
      if (!s.id().startsWith(prefix) || i >= count) {
        kept.add(s);
      }
    }
    return Roster.builder().from(roster).sections(kept).build();
  }

  @Test
  void oneSchoolLosingHalfItsClassroomsIsHeldThoughTheDistrictStaysUnderTheThreshold() {
    Roster full = schools(new String[] {"a", "b", "c"}, new int[] {24, 50, 50});
    AppState synced = synced(full, app("a", "b", "c"), SyncSettings.defaults());
    // School a loses 12 of its 24 sections (50%); school b loses 3 of 50. Over the district: 15 of
    // 124 (12%).
    Roster roster = dropSections(dropSections(full, "a-", 12), "b-", 3);

    Plan plan = plan(roster, synced);

    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.ARCHIVE_CLASSROOM
                        && d.schoolId().get().equals("app-a")))
        .hasSize(12)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.SCHOOL_DELETION_THRESHOLD));
    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.ARCHIVE_CLASSROOM
                        && d.schoolId().get().equals("app-b")))
        .hasSize(3)
        .noneMatch(Decision::isHeld);
    assertThat(plan.holds())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.reason()).isEqualTo(HoldReason.SCHOOL_DELETION_THRESHOLD);
              assertThat(h.schoolId()).contains("app-a");
              assertThat(h.kind()).contains(DecisionKind.ARCHIVE_CLASSROOM);
              assertThat(h.heldCount()).isEqualTo(12);
              assertThat(h.explanation())
                  .isEqualTo(
                      "12 classroom archives in school \"App app-a\" (app-a) exceed the"
                          + " school's deletion threshold (more than 10 and more than 20% of the school's 24 synced active"
                          + " classrooms); they are not applied.");
            });
    assertThat(PlanText.render(plan))
        .contains("15 classrooms to archive (12 held by the deletion threshold)")
        .contains("! SCHOOL_DELETION_THRESHOLD: 12 classroom archives in school")
        .contains("[held: SCHOOL_DELETION_THRESHOLD]");
    assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);

    Plan again = plan(roster, Planner.apply(plan, synced));
    assertThat(again.changes()).isEmpty();
    assertThat(again.held()).isEqualTo(plan.held());
    assertThat(again.holds()).isEqualTo(plan.holds());
  }

  @Test
  void theDistrictRuleStillHoldsAKindSpreadThinOverManySchools() {
    Roster full = schools(new String[] {"a", "b", "c"}, new int[] {30, 30, 30});
    AppState synced = synced(full, app("a", "b", "c"), SyncSettings.defaults());
    // 6 of 30 in each school: 20% per school (not over), 18 of 90 over the district (20%, not over)
    // ...
    Plan within =
        plan(dropSections(dropSections(dropSections(full, "a-", 6), "b-", 6), "c-", 6), synced);
    // ... and 7 of 30 in each: 23% per school and over the district, held by the district rule.
    Plan over =
        plan(dropSections(dropSections(dropSections(full, "a-", 7), "b-", 7), "c-", 7), synced);

    assertThat(of(within, DecisionKind.ARCHIVE_CLASSROOM)).hasSize(18).noneMatch(Decision::isHeld);
    assertThat(of(over, DecisionKind.ARCHIVE_CLASSROOM))
        .hasSize(21)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.DELETION_THRESHOLD));
    assertThat(over.holds())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.schoolId()).isEmpty();
              assertThat(h.explanation()).contains("of the district's 90 synced active classrooms");
            });
  }

  @Test
  void aSchoolsStudentRemovalsAndTheirUnlinksAreHeldPerSchool() {
    Roster base = schools(new String[] {"a", "b"}, new int[] {12, 60});
    Roster.Builder withContacts = Roster.builder().from(base);
    for (int i = 0; i < 12; i++) {
      withContacts.addPeople(contact("a-c-" + i)).addGuardianLinks(parent("a-c-" + i, "a-s-" + i));
    }
    for (int i = 0; i < 60; i++) {
      withContacts.addPeople(contact("b-c-" + i)).addGuardianLinks(parent("b-c-" + i, "b-s-" + i));
    }
    Roster full = withContacts.build();
    SyncSettings settings =
        SyncSettings.builder().deletionThreshold(DeletionThreshold.of(20, 5)).build();
    AppState synced = synced(full, app("a", "b"), settings);
    // Every student of school a leaves its section, and their guardians' links go with them: 12 of
    // 72 memberships and 12 of 72 links over the district (17%), all of school a's.
    List<SourceSection> sections = new ArrayList<>();
    for (SourceSection s : full.sections()) {
      sections.add(
          s.id().startsWith("a-")
              ? SourceSection.builder().from(s).studentIds(List.of()).build()
              : s);
    }
    List<GuardianLink> links =
        full.guardianLinks().stream().filter(l -> l.contactId().startsWith("b-")).toList();
    Roster roster = Roster.builder().from(full).sections(sections).guardianLinks(links).build();

    Plan plan = Planner.create(settings).plan(roster, synced, NOW);

    assertThat(of(plan, DecisionKind.REMOVE_STUDENT))
        .hasSize(12)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.SCHOOL_DELETION_THRESHOLD));
    assertThat(of(plan, DecisionKind.UNLINK_CONTACT))
        .hasSize(12)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.SCHOOL_DELETION_THRESHOLD));
    assertThat(plan.holds())
        .extracting(h -> h.kind().get(), h -> h.schoolId().get())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DecisionKind.REMOVE_STUDENT, "app-a"),
            org.assertj.core.groups.Tuple.tuple(DecisionKind.UNLINK_CONTACT, "app-a"));
  }

  @Test
  void unlinksAreWeighedPerSchoolInDistrictsOfMoreThan64Schools() {
    // 70 schools (the rule weighs 64 a sweep) lose 2 guardian links each: 20% of a 10-student
    // school's links (not over), 40% of a 5-student school's (held); a large school keeps the
    // district at 140 of 1,025 links (14%).
    String[] names = new String[71];
    int[] sizes = new int[71];
    for (int k = 0; k < 70; k++) {
      names[k] = "s" + k;
      sizes[k] = k % 2 == 0 ? 10 : 5;
    }
    names[70] = "big";
    sizes[70] = 500;
    Roster base = schools(names, sizes);
    Roster.Builder withContacts = Roster.builder().from(base);
    for (int k = 0; k < names.length; k++) {
      for (int i = 0; i < sizes[k]; i++) {
        String x = names[k] + "-" + i;
        withContacts
            .addPeople(contact(x + "-c"))
            .addGuardianLinks(parent(x + "-c", x.replace("-", "-s-")));
      }
    }
    Roster full = withContacts.build();
    SyncSettings settings =
        SyncSettings.builder().deletionThreshold(DeletionThreshold.of(20, 1)).build();
    AppState synced = synced(full, app(names), settings);
    List<GuardianLink> kept =
        full.guardianLinks().stream()
            .filter(l -> l.contactId().startsWith("big") || !l.contactId().matches(".*-[01]-c"))
            .toList();

    Plan plan =
        Planner.create(settings)
            .plan(Roster.builder().from(full).guardianLinks(kept).build(), synced, NOW);

    assertThat(of(plan, DecisionKind.UNLINK_CONTACT)).hasSize(140);
    for (Decision d : of(plan, DecisionKind.UNLINK_CONTACT)) {
      int school = Integer.parseInt(d.sourceIds().get(0).replaceAll("^s(\\d+)-.*", "$1"));
      assertThat(d.heldBy())
          .as(d.sourceIds().get(0))
          .isEqualTo(
              school % 2 == 0
                  ? java.util.Optional.empty()
                  : java.util.Optional.of(HoldReason.SCHOOL_DELETION_THRESHOLD));
    }
    assertThat(plan.holds()).hasSize(35).allSatisfy(h -> assertThat(h.heldCount()).isEqualTo(2));
  }

  @Test
  void aHeldUnlinkOfAReKeyedContactNamesItsNewSourceIdBeforeAndAfterApply() {
    SyncSettings strict =
        SyncSettings.builder().deletionThreshold(DeletionThreshold.of(0, 0)).build();
    AppState synced = synced(district().build(), emptyApp(), strict);
    String appId = contactAccount(synced, "c-1").id();
    // c-1 comes back as c-1-v2 (same name and email) and no longer linked to s-2.
    Roster roster =
        Roster.builder()
            .from(without(district().build(), "c-1"))
            .addPeople(contactBuilder("c-1").id("c-1-v2").build())
            .addGuardianLinks(parent("c-1-v2", "s-1"))
            .build();

    Plan plan = Planner.create(strict).plan(roster, synced, NOW);
    Plan again = Planner.create(strict).plan(roster, Planner.apply(plan, synced), NOW);

    assertThat(of(plan, DecisionKind.UNLINK_CONTACT))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isHeld()).isTrue();
              assertThat(d.targetId()).contains(appId);
              assertThat(d.sourceIds()).containsExactly("c-1-v2");
              assertThat(d.explanation()).contains("c-1-v2").doesNotContain("contact c-1 ");
            });
    assertThat(again.changes()).isEmpty();
    assertThat(again.held()).isEqualTo(plan.held());
  }

  @Test
  void theReidentificationWarningNamesTheAppRecordAfterASecondReKey() {
    AppState synced = syncedDistrict();
    String appId = contactAccount(synced, "c-1").id();
    Roster first =
        Roster.builder()
            .from(without(district().build(), "c-1"))
            .addPeople(contactBuilder("c-1").id("c-1-v2").build())
            .addGuardianLinks(parent("c-1-v2", "s-1"), parent("c-1-v2", "s-2"))
            .build();
    AppState once = Planner.apply(plan(first, synced), synced);
    Roster second =
        Roster.builder()
            .from(without(first, "c-1-v2"))
            .addPeople(contactBuilder("c-1").id("c-1-v3").build())
            .addGuardianLinks(parent("c-1-v3", "s-1"), parent("c-1-v3", "s-2"))
            .build();

    Plan plan = plan(second, once);

    assertThat(warnings(plan, WarningCode.REIDENTIFIED))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.sourceIds()).containsExactly(appId, "c-1-v2", "c-1-v3");
              assertThat(w.explanation()).contains(appId).contains("from c-1-v2 to c-1-v3");
            });
    assertThat(Planner.apply(plan, once).contacts())
        .filteredOn(c -> c.id().equals(appId))
        .singleElement()
        .satisfies(c -> assertThat(c.sourceId()).contains("c-1-v3"));
  }

  @Test
  void aClassroomMovedOutOfAHeldSchoolKeepsItsDestructiveDecisionsHeld() {
    Roster full =
        Roster.builder().from(district().build()).addSchools(Fixtures.school("sch-2")).build();
    AppState synced =
        synced(
            full,
            AppState.builder()
                .addSchools(appSchool("app-1", "sch-1"), appSchool("app-2", "sch-2"))
                .build(),
            SyncSettings.defaults());
    // sch-1 disappears (app-1 is held: SCHOOL_NOT_FOUND); its section sec-2 now names sch-2 and
    // lost s-3.
    Roster roster =
        Roster.builder()
            .from(full)
            .schools(List.of(Fixtures.school("sch-2")))
            .sections(
                List.of(
                    sec1(),
                    SourceSection.builder()
                        .from(sec2())
                        .schoolId("sch-2")
                        .studentIds(List.of("s-2"))
                        .build()))
            .build();

    Plan plan = plan(roster, synced);
    Plan again = plan(roster, Planner.apply(plan, synced));

    assertThat(of(plan, DecisionKind.REMOVE_STUDENT))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.schoolId()).as("filed under the school it moves to").contains("app-2");
              assertThat(d.heldBy()).contains(HoldReason.SCHOOL_NOT_FOUND);
            });
    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.UPDATE_CLASSROOM
                        && d.values().containsKey("schoolId")))
        .as("the move out of the held school")
        .singleElement()
        .satisfies(d -> assertThat(d.heldBy()).contains(HoldReason.SCHOOL_NOT_FOUND));
    assertThat(again.changes()).isEmpty();
    assertThat(again.held()).isEqualTo(plan.held());
    assertThat(again.holds()).isEqualTo(plan.holds());
  }

  @Test
  void aNewClassroomNeverTakesTheIdOfAnExistingOneSoItsArchiveStaysWithTheOldOne() {
    AppState synced = syncedDistrict();
    String old = classroom(synced, "sec-2").id();
    // sec-2's classroom is re-keyed by hand to another section; then a section with sec-2's id is
    // new again.
    AppState state =
        changeClassroom(
            synced,
            "sec-2",
            c -> Classroom.builder().from(c).sections(List.of(SectionRef.of("sec-gone"))).build());
    state =
        AppState.builder()
            .from(state)
            .baseline(SectionBaseline.of(List.of("sec-1", "sec-2", "sec-gone")))
            .build();

    Plan plan = plan(district().build(), state);
    AppState after = Planner.apply(plan, state);

    assertThat(of(plan, DecisionKind.CREATE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.classroomId()).contains("new:classroom:sec-2"));
    assertThat(of(plan, DecisionKind.ARCHIVE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.classroomId()).contains(old));
    assertThat(after.classrooms())
        .filteredOn(c -> c.id().equals(old))
        .singleElement()
        .satisfies(c -> assertThat(c.isArchived()).isTrue());
    assertThat(after.classrooms())
        .filteredOn(c -> c.id().equals(old + "~2"))
        .singleElement()
        .satisfies(c -> assertThat(c.isArchived()).isFalse());
    assertThat(plan(district().build(), after).changes()).isEmpty();
  }
}

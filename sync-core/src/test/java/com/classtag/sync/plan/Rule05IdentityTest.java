package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.StudentRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 5: people and sections are matched by source id; when one disappears and a new one appears
 * with the same SIS id (or legacy id; for contacts without a SIS id, the same name plus email or
 * phone), the record is re-keyed, not removed and re-created.
 */
class Rule05IdentityTest {
  /** Renames a person id everywhere in the roster (sections and links too). */
  private static Roster rename(Roster roster, String from, SourcePerson renamed) {
    List<SourcePerson> people = new ArrayList<>();
    for (SourcePerson p : roster.people()) {
      people.add(p.id().equals(from) ? renamed : p);
    }
    List<SourceSection> sections = new ArrayList<>();
    for (SourceSection s : roster.sections()) {
      sections.add(
          SourceSection.builder()
              .from(s)
              .teacherIds(
                  s.teacherIds().stream().map(id -> id.equals(from) ? renamed.id() : id).toList())
              .studentIds(
                  s.studentIds().stream().map(id -> id.equals(from) ? renamed.id() : id).toList())
              .build());
    }
    List<GuardianLink> links = new ArrayList<>();
    for (GuardianLink l : roster.guardianLinks()) {
      links.add(
          GuardianLink.builder()
              .from(l)
              .contactId(l.contactId().equals(from) ? renamed.id() : l.contactId())
              .studentId(l.studentId().equals(from) ? renamed.id() : l.studentId())
              .build());
    }
    return Roster.builder()
        .from(roster)
        .people(people)
        .sections(sections)
        .guardianLinks(links)
        .build();
  }

  /** Asserts that the only changes re-key one record, and that the next plan is empty. */
  private static void assertOnlyRekeyed(
      Plan plan, AppState state, DecisionKind kind, String newId) {
    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(kind);
              assertThat(d.reason()).isEqualTo(ReasonCode.REIDENTIFIED);
              assertThat(d.value(Field.SOURCE_ID)).contains(newId);
            });
    assertThat(warnings(plan, WarningCode.REIDENTIFIED))
        .singleElement()
        .satisfies(w -> assertThat(w.sourceIds()).contains(newId));
    AppState after = Planner.apply(plan, state);
    assertThat(after.students()).hasSameSizeAs(state.students());
    assertThat(after.contacts()).hasSameSizeAs(state.contacts());
    assertThat(after.staff()).hasSameSizeAs(state.staff());
  }

  @Test
  void aStudentWhoseSourceIdChangedIsReKeyedBySisId() {
    AppState synced = syncedDistrict();
    Roster roster =
        rename(district().build(), "s-1", studentBuilder("s-1", "sch-1").id("s-1-new").build());

    Plan plan = plan(roster, synced);

    assertOnlyRekeyed(plan, synced, DecisionKind.UPDATE_STUDENT, "s-1-new");
    assertThat(studentRecord(Planner.apply(plan, synced), "s-1-new").id())
        .isEqualTo(studentRecord(synced, "s-1").id());
  }

  @Test
  void aTeacherWhoseNewRecordCarriesTheOldIdAsLegacyIdIsReKeyed() {
    AppState synced = syncedDistrict();
    Roster roster =
        rename(
            district().build(),
            "t-1",
            teacherBuilder("t-1", "sch-1")
                .id("t-1-v3")
                .sisId(java.util.Optional.empty())
                .legacyId("t-1")
                .build());

    Plan plan = plan(roster, synced);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.UPDATE_STAFF);
              assertThat(d.reason()).isEqualTo(ReasonCode.REIDENTIFIED);
              assertThat(d.fields())
                  .containsEntry(Field.SOURCE_ID, "t-1-v3")
                  .containsEntry(Field.LEGACY_ID, "t-1")
                  .containsEntry(Field.SIS_ID, "");
            });
  }

  @Test
  void aContactWithoutSisIdIsReKeyedByNameAndEmail() {
    AppState synced = syncedDistrict();
    Roster roster = rename(district().build(), "c-1", contactBuilder("c-1").id("c-1-new").build());

    Plan plan = plan(roster, synced);

    assertOnlyRekeyed(plan, synced, DecisionKind.UPDATE_CONTACT, "c-1-new");
    assertThat(of(plan, DecisionKind.INVITE_CONTACT)).isEmpty();
    assertThat(of(plan, DecisionKind.UNLINK_CONTACT)).isEmpty();
  }

  @Test
  void aContactWhoseEmailAlsoChangedIsReKeyedByNameAndPhone() {
    AppState synced = syncedDistrict();
    Roster roster =
        rename(
            district().build(),
            "c-1",
            contactBuilder("c-1").id("c-1-new").email("new-address@home.example").build());

    Plan plan = plan(roster, synced);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.UPDATE_CONTACT);
              assertThat(d.reason()).isEqualTo(ReasonCode.REIDENTIFIED);
              assertThat(d.fields())
                  .containsEntry(Field.SOURCE_ID, "c-1-new")
                  .containsEntry(Field.EMAIL, "new-address@home.example");
            });
  }

  @Test
  void aSectionWhoseSourceIdChangedIsReLinkedBySisId() {
    AppState synced = syncedDistrict();
    Roster roster =
        Roster.builder()
            .from(district().build())
            .sections(List.of(SourceSection.builder().from(sec1()).id("sec-1-new").build(), sec2()))
            .build();

    Plan plan = plan(roster, synced);
    AppState after = Planner.apply(plan, synced);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.UPDATE_CLASSROOM);
              assertThat(d.reason()).isEqualTo(ReasonCode.REIDENTIFIED);
              assertThat(d.fields())
                  .containsEntry(Field.SECTION, "sec-1-new")
                  .containsEntry(Field.PREVIOUS_SECTION, "sec-1");
            });
    assertThat(classroom(after, "sec-1-new").id()).isEqualTo(classroom(synced, "sec-1").id());
    assertThat(plan(roster, after).hasNoChanges()).isTrue();
  }

  @Test
  void anAmbiguousMatchIsWarnedAndNotGuessed() {
    AppState synced = syncedDistrict();
    StudentRecord s2 = studentRecord(synced, "s-2");
    AppState state =
        AppState.builder()
            .from(synced)
            .students(
                synced.students().stream()
                    .map(
                        r -> r == s2 ? StudentRecord.builder().from(r).sisId("sis-s-1").build() : r)
                    .toList())
            .build();
    Roster roster =
        rename(
            without(district().build(), "s-2"),
            "s-1",
            studentBuilder("s-1", "sch-1").id("s-1-new").build());

    Plan plan = plan(roster, state);

    assertThat(warnings(plan, WarningCode.AMBIGUOUS_IDENTITY))
        .singleElement()
        .satisfies(w -> assertThat(w.sourceIds()).containsExactly("s-1-new", "s-1", "s-2"));
    assertThat(of(plan, DecisionKind.CREATE_STUDENT))
        .singleElement()
        .satisfies(d -> assertThat(d.value(Field.SOURCE_ID)).contains("s-1-new"));
  }

  @Test
  void aContactWithASisIdIsNotReKeyedByNameAlone() {
    AppState synced = syncedDistrict();
    Roster roster =
        rename(
            district().build(),
            "c-2",
            contactBuilder("c-2")
                .id("c-2-new")
                .sisId("other")
                .phones(List.of(Phone.of("5550000000", "Cell")))
                .email("someone-else@home.example")
                .build());

    Plan plan = plan(roster, synced);

    assertThat(of(plan, DecisionKind.INVITE_CONTACT)).hasSize(1);
    assertThat(warnings(plan, WarningCode.REIDENTIFIED)).isEmpty();
  }
}

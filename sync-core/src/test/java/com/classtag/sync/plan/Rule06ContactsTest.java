package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.UserStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 6: one invite per person however many students they have; links only for relationships that
 * pass the filters; a contact with no usable email and no SMS-capable phone is skipped and picked
 * up once it has one; a joined user's contact details change only with the setting on.
 */
class Rule06ContactsTest {
  private static final SyncSettings UPDATE_JOINED =
      SyncSettings.builder().updateJoinedUserDetails(true).build();

  @Test
  void aContactWithSeveralStudentsGetsOneInviteAndOneLinkPerStudent() {
    Plan plan = plan(district().build(), emptyApp());

    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.INVITE_CONTACT
                        && d.sourceIds().equals(List.of("c-1"))))
        .hasSize(1);
    assertThat(
            only(
                plan,
                d -> d.kind() == DecisionKind.LINK_CONTACT && d.sourceIds().get(0).equals("c-1")))
        .extracting(d -> d.sourceIds().get(1))
        .containsExactlyInAnyOrder("s-1", "s-2");
  }

  @Test
  void everyLinkOfALargeRosterIsJudgedOnItsOwn() {
    // More links than one lookup batch holds: passing, filtered and broken links interleave across
    // batches.
    int n = 700;
    SourceSection.Builder big = section("sec-big", "sch-1").addTeacherIds("t-1");
    Roster.Builder roster = district();
    int passing = 0;
    int unknown = 0;
    for (int i = 0; i < n; i++) {
      big.addStudentIds("b-" + i);
      roster.addPeople(student("b-" + i, "sch-1"), contact("bc-" + i));
      boolean emergency = i % 7 == 0;
      boolean ghost = i % 11 == 0;
      roster.addGuardianLinks(
          GuardianLink.builder()
              .contactId("bc-" + i)
              .studentId(ghost ? "ghost-" + i : "b-" + i)
              .type(emergency ? "Emergency" : "Parent/Guardian")
              .relationship("Parent")
              .build());
      passing += emergency || ghost ? 0 : 1;
      unknown += ghost && !emergency ? 1 : 0;
    }
    Plan plan = plan(roster.addSections(big.build()).build(), emptyApp());

    assertThat(of(plan, DecisionKind.LINK_CONTACT))
        .filteredOn(d -> d.targetId().orElseThrow().startsWith("new:contact:bc-"))
        .hasSize(passing)
        .allSatisfy(
            d ->
                assertThat(d.sourceIds().get(0).substring(3))
                    .isEqualTo(d.sourceIds().get(1).substring(2)));
    assertThat(of(plan, DecisionKind.INVITE_CONTACT))
        .filteredOn(d -> d.sourceIds().get(0).startsWith("bc-"))
        .hasSize(passing);
    assertThat(warnings(plan, WarningCode.UNKNOWN_CONTACT))
        .hasSize(unknown)
        .allSatisfy(w -> assertThat(w.sourceIds().get(1)).startsWith("ghost-"));
  }

  /**
   * Filtered links are reported as one skip per filter outcome that names every contact concerned.
   */
  @Test
  void linksThatFailTheTypeOrRelationshipFilterAreSkipped() {
    Roster roster =
        district()
            .addPeople(contact("c-3"), contact("c-4"))
            .addGuardianLinks(
                GuardianLink.builder()
                    .contactId("c-3")
                    .studentId("s-1")
                    .type("Emergency")
                    .relationship("Parent")
                    .build(),
                GuardianLink.builder()
                    .contactId("c-4")
                    .studentId("s-1")
                    .type("Parent/Guardian")
                    .relationship("Grandparent")
                    .build(),
                GuardianLink.builder()
                    .contactId("c-2")
                    .studentId("s-1")
                    .type("Emergency")
                    .relationship("Aunt/Uncle")
                    .build())
            .build();

    Plan plan = plan(roster, emptyApp());

    assertThat(of(plan, DecisionKind.SKIP))
        .extracting(Decision::reason, Decision::fields, Decision::sourceIds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ReasonCode.CONTACT_TYPE_FILTERED,
                java.util.Map.of(Field.TYPE, "Emergency"),
                List.of("c-2", "c-3")),
            org.assertj.core.groups.Tuple.tuple(
                ReasonCode.CONTACT_RELATIONSHIP_FILTERED,
                java.util.Map.of(Field.RELATIONSHIP, "Grandparent"),
                List.of("c-4")));
    assertThat(of(plan, DecisionKind.SKIP).get(0).explanation())
        .isEqualTo(
            "Skip 2 guardian links of 2 contacts"
                + " (c-2, c-3): contact type \"Emergency\" is not among the types to sync.");
    assertThat(of(plan, DecisionKind.INVITE_CONTACT))
        .extracting(d -> d.sourceIds().get(0))
        .containsExactlyInAnyOrder("c-1", "c-2");
    assertThat(of(plan, DecisionKind.LINK_CONTACT))
        .extracting(Decision::sourceIds)
        .noneMatch(ids -> ids.equals(List.of("c-2", "s-1")));
  }

  @Test
  void theFiltersAreSettings() {
    Roster roster =
        district()
            .addPeople(contact("c-3"))
            .addGuardianLinks(
                GuardianLink.builder()
                    .contactId("c-3")
                    .studentId("s-1")
                    .type("emergency")
                    .relationship("grandparent")
                    .build())
            .build();
    SyncSettings settings =
        SyncSettings.builder()
            .addContactTypes("Parent/Guardian", "Emergency")
            .addContactRelationships("Parent", "Grandparent")
            .build();

    assertThat(of(plan(roster, emptyApp(), settings), DecisionKind.LINK_CONTACT))
        .anySatisfy(d -> assertThat(d.sourceIds()).containsExactly("c-3", "s-1"));
  }

  @Test
  void aContactWithoutUsableEmailOrSmsPhoneIsSkippedThenPickedUpOnceItHasOne() {
    Roster noCredential =
        replacing(
            district().build(),
            contactBuilder("c-2")
                .email("not-an-email")
                .phones(List.of(Phone.of("555-010-2222", "Home")))
                .build());
    AppState first = synced(noCredential, emptyApp(), SyncSettings.defaults());
    Plan firstPlan = plan(noCredential, emptyApp());

    assertThat(only(firstPlan, d -> d.kind() == DecisionKind.SKIP))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo(ReasonCode.NO_USABLE_CREDENTIAL);
              assertThat(d.sourceIds()).containsExactly("c-2");
            });
    assertThat(first.contacts()).extracting(c -> c.sourceId().orElseThrow()).containsExactly("c-1");

    Plan later = plan(district().build(), first);

    assertThat(of(later, DecisionKind.INVITE_CONTACT))
        .singleElement()
        .satisfies(d -> assertThat(d.sourceIds()).containsExactly("c-2"));
    assertThat(of(later, DecisionKind.LINK_CONTACT))
        .singleElement()
        .satisfies(d -> assertThat(d.sourceIds()).containsExactly("c-2", "s-3"));
  }

  @Test
  void newContactsThatCannotBeInvitedShareOneSkipListingThemAll() {
    Roster roster =
        replacing(
            replacing(
                district().build(), contactBuilder("c-1").email("none").phones(List.of()).build()),
            contactBuilder("c-2").email("").phones(List.of()).build());

    assertThat(only(plan(roster, emptyApp()), d -> d.kind() == DecisionKind.SKIP))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo(ReasonCode.NO_USABLE_CREDENTIAL);
              assertThat(d.sourceIds()).containsExactly("c-1", "c-2");
              assertThat(d.explanation()).startsWith("Skip 2 new contacts (c-1, c-2)");
            });
  }

  @Test
  void aJoinedUsersContactDetailsChangeOnlyWithTheSettingOn() {
    AppState joined =
        changeContact(
            syncedDistrict(),
            "c-1",
            c -> ContactAccount.builder().from(c).status(UserStatus.JOINED).build());
    Roster roster =
        replacing(district().build(), contactBuilder("c-1").email("new@home.example").build());

    Plan off = plan(roster, joined);
    Plan on = plan(roster, joined, UPDATE_JOINED);

    assertThat(of(off, DecisionKind.UPDATE_CONTACT)).isEmpty();
    assertThat(of(off, DecisionKind.SKIP))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo(ReasonCode.JOINED_USER_DETAILS_KEPT));
    assertThat(of(on, DecisionKind.UPDATE_CONTACT))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.fields())
                    .containsExactly(java.util.Map.entry(Field.EMAIL, "new@home.example")));
  }

  @Test
  void anInviteesContactDetailsAreAlwaysUpdated() {
    Roster roster =
        replacing(district().build(), contactBuilder("c-1").email("New@Home.Example ").build());

    Plan plan = plan(roster, syncedDistrict());

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DecisionKind.UPDATE_CONTACT);
              assertThat(d.fields()).containsEntry(Field.EMAIL, "new@home.example");
              assertThat(d.explanation()).doesNotContain("new@home.example");
            });
  }

  @Test
  void onlySmsCapablePhonesBecomeTheLoginPhone() {
    Roster roster =
        replacing(
            district().build(),
            contactBuilder("c-1")
                .phones(
                    List.of(
                        Phone.of("+1 (555) 010-3333", "Home"), Phone.of("555.010.4444", "Cell")))
                .build());

    Plan plan = plan(roster, emptyApp());

    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.INVITE_CONTACT
                        && d.sourceIds().equals(List.of("c-1"))))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.fields())
                    .containsEntry(Field.SMS_PHONE, "5550104444")
                    .containsEntry(Field.HOME_PHONE, "+15550103333"));
  }

  @Test
  void withGuardiansUnmanagedThePlanHasNoContactDecisions() {
    SyncSettings off = SyncSettings.builder().manageGuardians(false).build();

    Plan plan = plan(district().build(), emptyApp(), off);

    assertThat(plan.decisions())
        .noneMatch(
            d ->
                d.kind() == DecisionKind.INVITE_CONTACT
                    || d.kind() == DecisionKind.LINK_CONTACT
                    || d.kind() == DecisionKind.SKIP);
  }

  @Test
  void aStudentWithSixOrMoreGuardiansIsWarnedAbout() {
    Roster.Builder roster = district();
    for (int i = 0; i < 6; i++) {
      roster.addPeople(contact("g-" + i)).addGuardianLinks(parent("g-" + i, "s-3"));
    }

    Plan plan = plan(roster.build(), emptyApp());

    assertThat(warnings(plan, WarningCode.TOO_MANY_GUARDIANS))
        .singleElement()
        .satisfies(w -> assertThat(w.sourceIds()).containsExactly("s-3"));
  }
}

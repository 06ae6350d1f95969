package com.classtag.sync.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.SourcePerson;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The models' {@code xxxOrNull()} accessors, which the planner reads for millions of records
 * without allocating, agree with the {@code Optional} accessors beside them; the builders take
 * either form.
 */
class NullableAccessorsTest {
  @Test
  void aStudentRecordsNullableAndOptionalValuesAgree() {
    StudentRecord r =
        StudentRecord.builder()
            .id("app-s-1")
            .sourceId("s-1")
            .sisId(Optional.of("9001"))
            .studentNumber("n-1")
            .legacyId("old-s-1")
            .firstName("Ada")
            .lastName("Lovelace")
            .email("ada@x.example")
            .grade("4")
            .displayId("9001")
            .ellStatus("Y")
            .frlStatus("Free")
            .iepStatus("N")
            .build();
    StudentRecord empty =
        StudentRecord.builder().from(r).sisId(Optional.empty()).grade((String) null).build();

    assertThat(
            new String[] {
              r.sourceIdOrNull(),
              r.sisIdOrNull(),
              r.studentNumberOrNull(),
              r.legacyIdOrNull(),
              r.firstNameOrNull(),
              r.lastNameOrNull(),
              r.emailOrNull(),
              r.gradeOrNull(),
              r.displayIdOrNull(),
              r.ellStatusOrNull(),
              r.frlStatusOrNull(),
              r.iepStatusOrNull()
            })
        .containsExactly(
            r.sourceId().get(),
            r.sisId().get(),
            r.studentNumber().get(),
            r.legacyId().get(),
            r.firstName().get(),
            r.lastName().get(),
            r.email().get(),
            r.grade().get(),
            r.displayId().get(),
            r.ellStatus().get(),
            r.frlStatus().get(),
            r.iepStatus().get())
        .containsExactly(
            "s-1",
            "9001",
            "n-1",
            "old-s-1",
            "Ada",
            "Lovelace",
            "ada@x.example",
            "4",
            "9001",
            "Y",
            "Free",
            "N");
    assertThat(empty.sisIdOrNull()).isNull();
    assertThat(empty.sisId()).isEmpty();
    assertThat(empty.gradeOrNull()).isNull();
    assertThat(empty.grade()).isEmpty();
    assertThat(empty.firstNameOrNull()).isEqualTo("Ada");
  }

  @Test
  void staffAndContactAccountsNullableAndOptionalValuesAgree() {
    StaffAccount s =
        StaffAccount.builder()
            .id("a-1")
            .status(UserStatus.INVITED)
            .sourceId("t-1")
            .sisId("77")
            .legacyId("t-0")
            .firstName("Grace")
            .lastName("Hopper")
            .email("g@x.example")
            .smsPhone("5550100000")
            .homePhone(Optional.empty())
            .build();
    ContactAccount c =
        ContactAccount.builder()
            .id("a-2")
            .status(UserStatus.INVITED)
            .sourceId("c-1")
            .sisId(Optional.of("88"))
            .lastName("Parent")
            .smsPhone("5550101111")
            .homePhone("5550102222")
            .addLinks(
                ContactLink.builder()
                    .studentId("app-s-1")
                    .type("Guardian")
                    .addedBy(Actor.SYNC)
                    .build())
            .build();

    assertThat(
            new String[] {
              s.sourceIdOrNull(),
              s.sisIdOrNull(),
              s.legacyIdOrNull(),
              s.firstNameOrNull(),
              s.lastNameOrNull(),
              s.emailOrNull(),
              s.smsPhoneOrNull(),
              s.homePhoneOrNull()
            })
        .containsExactly("t-1", "77", "t-0", "Grace", "Hopper", "g@x.example", "5550100000", null);
    assertThat(s.homePhone()).isEmpty();
    assertThat(
            new String[] {
              c.sourceIdOrNull(),
              c.sisIdOrNull(),
              c.legacyIdOrNull(),
              c.firstNameOrNull(),
              c.lastNameOrNull(),
              c.emailOrNull(),
              c.smsPhoneOrNull(),
              c.homePhoneOrNull()
            })
        .containsExactly("c-1", "88", null, null, "Parent", null, "5550101111", "5550102222");
    assertThat(c.links().get(0).typeOrNull()).isEqualTo("Guardian");
    assertThat(c.links().get(0).type()).contains("Guardian");
    assertThat(c.links().get(0).relationshipOrNull()).isNull();
    assertThat(c.links().get(0).relationship()).isEmpty();
  }

  @Test
  void sourceModelsNullableAndOptionalValuesAgree() {
    SourcePerson p =
        SourcePerson.builder()
            .id("s-1")
            .firstName("Ada")
            .lastName(Optional.of("Lovelace"))
            .email(Optional.empty())
            .sisId("9001")
            .studentNumber("n-1")
            .legacyId("old")
            .grade("4")
            .ellStatus("Y")
            .frlStatus("Free")
            .iepStatus("N")
            .build();
    GuardianLink l =
        GuardianLink.builder().contactId("c-1").studentId("s-1").relationship("Aunt").build();
    Phone ph = Phone.of("555", null);

    assertThat(
            new String[] {
              p.firstNameOrNull(),
              p.lastNameOrNull(),
              p.emailOrNull(),
              p.sisIdOrNull(),
              p.studentNumberOrNull(),
              p.legacyIdOrNull(),
              p.gradeOrNull(),
              p.ellStatusOrNull(),
              p.frlStatusOrNull(),
              p.iepStatusOrNull()
            })
        .containsExactly("Ada", "Lovelace", null, "9001", "n-1", "old", "4", "Y", "Free", "N");
    assertThat(p.email()).isEmpty();
    assertThat(p.lastName()).contains("Lovelace");
    assertThat(l.typeOrNull()).isNull();
    assertThat(l.relationshipOrNull()).isEqualTo("Aunt");
    assertThat(l.relationship()).contains("Aunt");
    assertThat(ph.typeOrNull()).isNull();
    assertThat(ph.type()).isEmpty();
  }
}

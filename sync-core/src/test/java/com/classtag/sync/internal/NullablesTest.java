package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.UserStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NullablesTest {
  @Test
  void everyGeneratedFieldIsReadDirectly() {
    // Fails when a model attribute is renamed or Immutables stores it differently: the planner would
    // still be right, but would allocate an Optional per read again.
    assertThat(Nullables.direct()).isTrue();
  }

  @Test
  void readsTheSameValuesAsTheAccessors() {
    // Every field holds a value of its own, so a handle bound to the wrong field cannot pass.
    SourcePerson person = SourcePerson.builder().id("p-1").firstName("first").lastName("last").email("email")
        .sisId("sis").studentNumber("number").legacyId("legacy").grade("grade").ellStatus("ell")
        .frlStatus("frl").iepStatus("iep").build();
    StudentRecord record = StudentRecord.builder().id("st-1").sourceId("source").sisId("sis")
        .studentNumber("number").legacyId("legacy").firstName("first").lastName("last").email("email")
        .grade("grade").displayId("display").ellStatus("ell").frlStatus("frl").iepStatus("iep").build();
    StaffAccount staff = StaffAccount.builder().id("sa-1").sourceId("source").sisId("sis").legacyId("legacy")
        .firstName("first").lastName("last").email("email").smsPhone("sms").homePhone("home").build();
    ContactAccount contact = ContactAccount.builder().id("ca-1").status(UserStatus.INVITED).sourceId("source")
        .sisId("sis").legacyId("legacy").firstName("first").lastName("last").email("email").smsPhone("sms")
        .homePhone("home").build();
    GuardianLink link = GuardianLink.builder().contactId("c-1").studentId("s-1").type("type")
        .relationship("relationship").build();
    ContactLink contactLink = ContactLink.builder().studentId("st-1").addedBy(Actor.SYNC).type("type")
        .relationship("relationship").build();
    Phone phone = Phone.of("5550100", "type");

    assertSameAsAccessors(person, record, staff, contact, link, contactLink, phone);
    assertSameAsAccessors(SourcePerson.builder().id("p-2").build(), StudentRecord.builder().id("st-2").build(),
        StaffAccount.builder().id("sa-2").build(),
        ContactAccount.builder().id("ca-2").status(UserStatus.INVITED).build(),
        GuardianLink.builder().contactId("c-2").studentId("s-2").build(),
        ContactLink.builder().studentId("st-2").addedBy(Actor.SYNC).build(), Phone.of("5550101", null));
  }

  private static void assertSameAsAccessors(SourcePerson p, StudentRecord r, StaffAccount s, ContactAccount c,
      GuardianLink l, ContactLink cl, Phone ph) {
    assertThat(Nullables.firstName(p)).isEqualTo(p.firstName().orElse(null));
    assertThat(Nullables.lastName(p)).isEqualTo(p.lastName().orElse(null));
    assertThat(Nullables.email(p)).isEqualTo(p.email().orElse(null));
    assertThat(Nullables.sisId(p)).isEqualTo(p.sisId().orElse(null));
    assertThat(Nullables.studentNumber(p)).isEqualTo(p.studentNumber().orElse(null));
    assertThat(Nullables.legacyId(p)).isEqualTo(p.legacyId().orElse(null));
    assertThat(Nullables.grade(p)).isEqualTo(p.grade().orElse(null));
    assertThat(Nullables.ellStatus(p)).isEqualTo(p.ellStatus().orElse(null));
    assertThat(Nullables.frlStatus(p)).isEqualTo(p.frlStatus().orElse(null));
    assertThat(Nullables.iepStatus(p)).isEqualTo(p.iepStatus().orElse(null));

    assertThat(Nullables.sourceId(r)).isEqualTo(r.sourceId().orElse(null));
    assertThat(Nullables.sisId(r)).isEqualTo(r.sisId().orElse(null));
    assertThat(Nullables.studentNumber(r)).isEqualTo(r.studentNumber().orElse(null));
    assertThat(Nullables.legacyId(r)).isEqualTo(r.legacyId().orElse(null));
    assertThat(Nullables.firstName(r)).isEqualTo(r.firstName().orElse(null));
    assertThat(Nullables.lastName(r)).isEqualTo(r.lastName().orElse(null));
    assertThat(Nullables.email(r)).isEqualTo(r.email().orElse(null));
    assertThat(Nullables.grade(r)).isEqualTo(r.grade().orElse(null));
    assertThat(Nullables.displayId(r)).isEqualTo(r.displayId().orElse(null));
    assertThat(Nullables.ellStatus(r)).isEqualTo(r.ellStatus().orElse(null));
    assertThat(Nullables.frlStatus(r)).isEqualTo(r.frlStatus().orElse(null));
    assertThat(Nullables.iepStatus(r)).isEqualTo(r.iepStatus().orElse(null));

    assertThat(Nullables.sourceId(s)).isEqualTo(s.sourceId().orElse(null));
    assertThat(Nullables.sisId(s)).isEqualTo(s.sisId().orElse(null));
    assertThat(Nullables.legacyId(s)).isEqualTo(s.legacyId().orElse(null));
    assertThat(Nullables.firstName(s)).isEqualTo(s.firstName().orElse(null));
    assertThat(Nullables.lastName(s)).isEqualTo(s.lastName().orElse(null));
    assertThat(Nullables.email(s)).isEqualTo(s.email().orElse(null));
    assertThat(Nullables.smsPhone(s)).isEqualTo(s.smsPhone().orElse(null));
    assertThat(Nullables.homePhone(s)).isEqualTo(s.homePhone().orElse(null));

    assertThat(Nullables.sourceId(c)).isEqualTo(c.sourceId().orElse(null));
    assertThat(Nullables.sisId(c)).isEqualTo(c.sisId().orElse(null));
    assertThat(Nullables.legacyId(c)).isEqualTo(c.legacyId().orElse(null));
    assertThat(Nullables.firstName(c)).isEqualTo(c.firstName().orElse(null));
    assertThat(Nullables.lastName(c)).isEqualTo(c.lastName().orElse(null));
    assertThat(Nullables.email(c)).isEqualTo(c.email().orElse(null));
    assertThat(Nullables.smsPhone(c)).isEqualTo(c.smsPhone().orElse(null));
    assertThat(Nullables.homePhone(c)).isEqualTo(c.homePhone().orElse(null));

    assertThat(Nullables.type(l)).isEqualTo(l.type().orElse(null));
    assertThat(Nullables.relationship(l)).isEqualTo(l.relationship().orElse(null));
    assertThat(Nullables.type(cl)).isEqualTo(cl.type().orElse(null));
    assertThat(Nullables.relationship(cl)).isEqualTo(cl.relationship().orElse(null));
    assertThat(Nullables.type(ph)).isEqualTo(ph.type().orElse(null));
  }

  @Test
  void readsARecordOfAnotherClassThroughItsAccessors() {
    GuardianLink handWritten = new GuardianLink() {
      @Override
      public String contactId() {
        return "c-1";
      }

      @Override
      public String studentId() {
        return "s-1";
      }

      @Override
      public Optional<String> type() {
        return Optional.of("Parent/Guardian");
      }

      @Override
      public Optional<String> relationship() {
        return Optional.empty();
      }
    };

    assertThat(Nullables.type(handWritten)).isEqualTo("Parent/Guardian");
    assertThat(Nullables.relationship(handWritten)).isNull();
  }
}

package com.classtag.sync.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentRecord;
import org.junit.jupiter.api.Test;

/** {@code toString()} of anything holding personal data shows ids and presence only. */
class RedactionTest {
  private static final String[] SECRETS = {
    "Ada", "Lovelace", "ada@home.example", "5550101234", "2012-12-10"
  };

  @Test
  void peopleInTheRosterAndTheAppAreRedacted() {
    SourcePerson person =
        SourcePerson.builder()
            .id("p-1")
            .addRoles(PersonRole.CONTACT)
            .firstName("Ada")
            .lastName("Lovelace")
            .email("ada@home.example")
            .addPhones(Phone.of("5550101234", "Cell"))
            .putExtensionFields("dob", "2012-12-10")
            .build();
    StudentRecord student =
        StudentRecord.builder()
            .id("st-1")
            .firstName("Ada")
            .lastName("Lovelace")
            .email("ada@home.example")
            .putExtensionFields("dob", "2012-12-10")
            .build();
    StaffAccount staff =
        StaffAccount.builder()
            .id("a-1")
            .firstName("Ada")
            .email("ada@home.example")
            .smsPhone("5550101234")
            .build();
    ContactAccount contact =
        ContactAccount.builder()
            .id("c-1")
            .lastName("Lovelace")
            .email("ada@home.example")
            .homePhone("5550101234")
            .build();
    Decision decision =
        Decision.builder()
            .kind(DecisionKind.INVITE_CONTACT)
            .reason(ReasonCode.NEW_PERSON)
            .targetId("new:contact:p-1")
            .putValues(Field.EMAIL, "ada@home.example")
            .putValues(Field.LAST_NAME, "Lovelace")
            .addSourceIds("p-1")
            .explanation("Invite contact p-1.")
            .build();

    String all =
        String.join(
            "|",
            person.toString(),
            student.toString(),
            staff.toString(),
            contact.toString(),
            decision.toString(),
            Phone.of("5550101234", "Cell").toString());

    assertThat(all).contains("p-1", "st-1", "a-1", "c-1", "email", "lastName");
    for (String secret : SECRETS) {
      assertThat(all).doesNotContain(secret);
    }
  }
}

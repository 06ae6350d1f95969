package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.ContactAccount;
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
    SourcePerson person = SourcePerson.builder().id("p-1").firstName("Ada").email("ada@example.org")
        .grade("5").ellStatus("Y").build();
    StudentRecord record = StudentRecord.builder().id("st-1").sourceId("p-1").sisId("42").build();
    ContactAccount contact = ContactAccount.builder().id("ca-1").status(UserStatus.INVITED)
        .smsPhone("+15550100").build();

    assertThat(Nullables.firstName(person)).isEqualTo("Ada");
    assertThat(Nullables.lastName(person)).isNull();
    assertThat(Nullables.email(person)).isEqualTo("ada@example.org");
    assertThat(Nullables.grade(person)).isEqualTo("5");
    assertThat(Nullables.ellStatus(person)).isEqualTo("Y");
    assertThat(Nullables.iepStatus(person)).isNull();
    assertThat(Nullables.sourceId(record)).isEqualTo("p-1");
    assertThat(Nullables.sisId(record)).isEqualTo("42");
    assertThat(Nullables.displayId(record)).isNull();
    assertThat(Nullables.smsPhone(contact)).isEqualTo("+15550100");
    assertThat(Nullables.email(contact)).isNull();
    assertThat(Nullables.type(Phone.of("5550100", "Cell"))).isEqualTo("Cell");
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

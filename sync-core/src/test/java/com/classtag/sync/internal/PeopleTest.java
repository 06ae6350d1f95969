package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import org.junit.jupiter.api.Test;

class PeopleTest {
  @Test
  void aNewPersonStaysNewAfterItsProvisionalIdIsAskedFor() {
    Roster roster =
        Roster.builder()
            .districtId("d-1")
            .addPeople(SourcePerson.builder().id("s-1").addRoles(PersonRole.STUDENT).build())
            .addPeople(SourcePerson.builder().id("c-1").addRoles(PersonRole.CONTACT).build())
            .build();
    People people = new RosterIndex(roster, new Sink()).people;
    int student = people.find("s-1");
    int contact = people.find("c-1");
    people.createStudent(student);
    people.createContact(contact);

    assertThat(people.studentAppId(student)).isEqualTo("new:student:s-1");
    assertThat(people.contactAppId(contact)).isEqualTo("new:contact:c-1");
    assertThat(people.isNewStudent(student)).isTrue();
    assertThat(people.isNewContact(contact)).isTrue();
    assertThat(people.hasStudentApp(student)).isTrue();
    assertThat(people.isStudentApp(student, "new:student:s-1"))
        .as("a provisional id names no existing record")
        .isFalse();

    people.linkStudent(student, "stu-9");
    assertThat(people.isNewStudent(student)).isFalse();
    assertThat(people.isStudentApp(student, "stu-9")).isTrue();
  }
}

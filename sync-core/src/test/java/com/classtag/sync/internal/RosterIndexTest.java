package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.plan.Warning;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterIndexTest {
  /**
   * Enough people for several batches, so that drops in later batches shift every later position.
   */
  private static final int PEOPLE = IdIndex.BATCH * 3 + 17;

  @Test
  void droppedPeopleInAnyBatchLeaveEveryOtherPersonAtTheirOwnPosition() {
    List<SourcePerson> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      // Person 300 repeats person 299's id; person 600 has none; the last repeats the first.
      String id = i == 300 ? "p-299" : i == 600 ? "" : i == PEOPLE - 1 ? "p-0" : "p-" + i;
      people.add(
          SourcePerson.builder()
              .id(id)
              .addRoles(i % 2 == 0 ? PersonRole.STUDENT : PersonRole.CONTACT)
              .build());
    }
    Roster roster = Roster.builder().districtId("d-1").addAllPeople(people).build();
    Sink sink = new Sink();

    People index = new RosterIndex(roster, sink).people;

    assertThat(index.count).isEqualTo(PEOPLE - 3);
    for (int p = 0; p < index.count; p++) {
      SourcePerson person = index.person(p);
      assertThat(index.id(p)).isEqualTo(person.id());
      assertThat(index.find(person.id())).isEqualTo(p);
      assertThat(index.is(p, People.STUDENT)).isEqualTo(person.hasRole(PersonRole.STUDENT));
      assertThat(index.is(p, People.CONTACT)).isEqualTo(person.hasRole(PersonRole.CONTACT));
    }
    assertThat(index.person(index.find("p-299"))).isSameAs(people.get(299));
    assertThat(index.person(index.find("p-0"))).isSameAs(people.get(0));
    assertThat(sink.warnings)
        .extracting(Warning::code)
        .containsExactlyInAnyOrder(
            WarningCode.MISSING_ID, WarningCode.DUPLICATE_ID, WarningCode.DUPLICATE_ID);
  }
}

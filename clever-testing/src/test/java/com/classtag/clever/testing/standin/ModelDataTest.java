package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.District;
import com.classtag.clever.model.DuplicateUser;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelDataTest {
  private static final District DISTRICT =
      District.builder().id("64d9e1a2f3c4b50001a2b3c4").name("Maple").build();
  private static final School SCHOOL =
      School.builder().id("64d9e1b5f3c4b50001a2b401").name("Lincoln").build();
  private static final User MARIA =
      User.student("64da1c0e8b7f2a0001c3d902", SCHOOL.id()).name(Name.of("Maria", "Lopez")).build();
  private static final User DEVON = User.student("64da1c0e8b7f2a0001c3d901", SCHOOL.id()).build();

  @Test
  void servesModelObjectsInIdOrderWrittenByTheModelsOwnCodecs() throws Exception {
    ModelData data = ModelData.builder().add(DISTRICT).add(SCHOOL).add(MARIA).add(DEVON).build();

    try (CleverStandIn clever = CleverStandIn.builder(data).start()) {
      WireClient wire = new WireClient(clever.baseUrl(), clever.token());
      List<User> students = wire.readAll("/v3.0/users?role=student", CleverJson.USER).records();
      List<User> teachers = wire.readAll("/v3.0/users?role=teacher", CleverJson.USER).records();

      assertThat(students).containsExactly(DEVON, MARIA);
      assertThat(teachers).isEmpty();
      assertThat(wire.readAll("/v3.1/schools", CleverJson.SCHOOL).records())
          .containsExactly(SCHOOL);
      assertThat(wire.get("/v3.0/sections").statusCode()).isEqualTo(200);
    }
    assertThat(data.districtId()).isEqualTo(DISTRICT.id());
    assertThat(data.toString()).doesNotContain("Maria");
  }

  @Test
  void filtersEventsByRecordTypeAndSchool() {
    Event created =
        Event.builder().id("65a0b1c20e0100000000001a").type("users.created").object(MARIA).build();
    Event section =
        Event.builder()
            .id("65a0b1c20e0100000000001b")
            .type("sections.updated")
            .object(
                Section.builder()
                    .id("64da20aa8b7f2a0001c40a01")
                    .school("64d9e1b5f3c4b50001a2b499")
                    .build())
            .build();
    ModelData data = ModelData.builder().add(DISTRICT).events(List.of(created, section)).build();

    assertThat(data.events(Set.of(), Optional.empty()).size()).isEqualTo(2);
    assertThat(data.events(Set.of("users"), Optional.empty()).id(0)).isEqualTo(created.id());
    assertThat(data.events(Set.of(), Optional.of(SCHOOL.id())).id(0)).isEqualTo(created.id());
    assertThat(data.events(Set.of("sections"), Optional.of(SCHOOL.id())).size()).isZero();
  }

  @Test
  void refusesDuplicateIdsEventsOutOfOrderAndNoDistrict() {
    assertThatThrownBy(() -> ModelData.builder().add(MARIA).add(MARIA))
        .hasMessage("users already holds a record with id " + MARIA.id());
    Event later = Event.builder().id("65a0b1c20e0100000000001b").type("users.created").build();
    Event earlier = Event.builder().id("65a0b1c20e0100000000001a").type("users.created").build();
    assertThatThrownBy(() -> ModelData.builder().events(List.of(later, earlier)))
        .hasMessageContaining(
            "event 65a0b1c20e0100000000001a must sort after event 65a0b1c20e0100000000001b");
    assertThatThrownBy(() -> ModelData.builder().add(SCHOOL).build())
        .hasMessageContaining("add a District");
    RosterSnapshot twoMarias =
        RosterSnapshot.builder()
            .district(DISTRICT)
            .addUsers(MARIA)
            .addDuplicateUsers(
                DuplicateUser.builder()
                    .id(MARIA.id())
                    .copies(2)
                    .addDifferingCopies(
                        User.builder().from(MARIA).name(Name.of("Maria", "Ruiz")).build())
                    .build())
            .build();
    assertThatThrownBy(() -> ModelData.of(twoMarias))
        .hasMessage(
            "the snapshot holds 2 differing copies of user "
                + MARIA.id()
                + "; the stand-in serves one record per id");
  }
}

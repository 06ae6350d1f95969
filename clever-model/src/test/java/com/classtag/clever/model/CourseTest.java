package com.classtag.clever.model;

import static com.classtag.clever.model.FixtureFiles.assertWritesBackNormalized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CourseTest {
  private static final JsonCodec<ListPage<Course>> PAGE = CleverJson.listPage(CleverJson.COURSE);

  @Test
  void readsTheCoursesPage() {
    ListPage<Course> page = assertWritesBackNormalized(PAGE, "courses/courses-page.json");

    Course math = page.records().get(0);
    assertThat(math.id()).isEqualTo("65f0d7000000000000000301");
    assertThat(math.district()).contains("65f0d1000000000000000001");
    assertThat(math.name()).contains("Math 6");
    assertThat(math.number()).contains("MA0601");
    Course science = page.records().get(1);
    assertThat(science.number()).isEmpty();
    assertThat(science.unknownFields()).containsEntry("subject_area", JsonValue.ofString("STEM"));
  }

  @Test
  void toStringShowsFieldsAndOnlyTheNamesOfUnknownFields() {
    Course science = PAGE.fromJson(FixtureFiles.read("courses/courses-page.json")).records().get(1);

    assertThat(science.toString())
        .isEqualTo(
            "Course{id=65f0d7000000000000000302, "
                + "district=65f0d1000000000000000001, name=Science 7, unknownFields=[subject_area]}");
  }

  @Test
  void rejectsAnEmptyId() {
    assertThatThrownBy(() -> CleverJson.COURSE.fromJson("{\"id\":\"\",\"name\":\"Math 6\"}"))
        .isInstanceOfSatisfying(
            CleverJsonException.class, e -> assertThat(e.path()).isEqualTo("$.id"));
  }
}

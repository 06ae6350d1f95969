package com.classtag.clever.testing.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A generated district's sharing mistakes: each one shows, and nothing else changes. */
class SharingTest {
  private static final long SEED = 20_260_814L;
  private static final GeneratedDistrict PLAIN = TestDistrict.generate(SEED, 300);
  private static final GeneratedDistrict MISTAKEN =
      TestDistrict.generate(
          SEED,
          300,
          Sharing.DEFAULT
              .withUnsyncedSchool()
              .withHiddenStudentFields("ell_status", "iep_status")
              .withExtensionField("locker"));

  @Test
  void theDefaultChangesNothing() {
    GeneratedDistrict same = TestDistrict.generate(SEED, 300, Sharing.DEFAULT);

    assertThat(json(same.collection("schools").orElseThrow(), 2))
        .isEqualTo(json(PLAIN.collection("schools").orElseThrow(), 2));
    assertThat(json(students(same), 5)).isEqualTo(json(students(PLAIN), 5));
  }

  @Test
  void anUnsyncedSchoolIsSharedAfterTheThreeWithNoSections() {
    RecordSource schools = MISTAKEN.collection("schools").orElseThrow();

    assertThat(schools.size()).isEqualTo(4);
    assertThat(schools.id(3)).isEqualTo(MISTAKEN.schoolId(3));
    assertThat(json(schools, 3).get("name").getAsString()).isEqualTo("Maple Valley Online Academy");
    assertThat(MISTAKEN.sections()).isEqualTo(PLAIN.sections());
  }

  @Test
  void hiddenFieldsAreAbsentAndEveryOtherValueStaysTheSame() {
    for (int i = 0; i < 50; i++) {
      JsonObject plain = role(json(students(PLAIN), i));
      JsonObject mistaken = role(json(students(MISTAKEN), i));

      assertThat(mistaken.has("ell_status")).isFalse();
      assertThat(mistaken.has("iep_status")).isFalse();
      assertThat(mistaken.getAsJsonObject("ext").get("locker").getAsString()).startsWith("L");
      plain.remove("ell_status");
      plain.remove("iep_status");
      mistaken.getAsJsonObject("ext").remove("locker");
      assertThat(mistaken).isEqualTo(plain);
    }
  }

  @Test
  void badChoicesAreRefusedWithWhatIsAllowed() {
    assertThatThrownBy(() -> Sharing.DEFAULT.withHiddenStudentFields("name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ell_status");
    assertThatThrownBy(() -> Sharing.DEFAULT.withExtensionField("homeroom"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other than homeroom");
    assertThatThrownBy(() -> TestDistrict.generate(SEED, 300, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sharing.DEFAULT");
  }

  private static RecordSource students(GeneratedDistrict district) {
    return district.users(Optional.of("student")).orElseThrow();
  }

  private static JsonObject role(JsonObject user) {
    return user.getAsJsonObject("roles").getAsJsonObject("student");
  }

  private static JsonObject json(RecordSource source, int index) {
    StringWriter out = new StringWriter();
    try {
      source.write(index, new JsonWriter(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JsonParser.parseString(out.toString()).getAsJsonObject();
  }
}

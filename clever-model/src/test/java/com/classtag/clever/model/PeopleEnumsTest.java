package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The open enums of users: known values are constants, anything else parses as unknown. */
class PeopleEnumsTest {

  static Stream<Arguments> enums() {
    return Stream.of(
        enumCase("Gender", Gender::of, Gender::knownValues, 3),
        enumCase("Race", Race::of, Race::knownValues, 7),
        enumCase("YesNo", YesNo::of, YesNo::knownValues, 2),
        enumCase("FrlStatus", FrlStatus::of, FrlStatus::knownValues, 4),
        enumCase("RelationshipType", RelationshipType::of, RelationshipType::knownValues, 6),
        enumCase("Relationship", Relationship::of, Relationship::knownValues, 6),
        enumCase("PhoneType", PhoneType::of, PhoneType::knownValues, 4),
        enumCase("StaffRoleType", StaffRoleType::of, StaffRoleType::knownValues, 2),
        enumCase("HomeLanguage", HomeLanguage::of, HomeLanguage::knownValues, 152),
        enumCase("HomeLanguageCode", HomeLanguageCode::of, HomeLanguageCode::knownValues, 152),
        enumCase("DisabilityCode", DisabilityCode::of, DisabilityCode::knownValues, 14),
        enumCase("DisabilityType", DisabilityType::of, DisabilityType::knownValues, 14));
  }

  private static <T extends OpenEnum> Arguments enumCase(
      String name, Function<String, T> of, Supplier<List<T>> known, int count) {
    return Arguments.of(name, of, known, count);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void knownValuesAreTheirOwnConstants(
      String name, Function<String, OpenEnum> of, Supplier<List<OpenEnum>> known, int count) {
    assertThat(known.get()).hasSize(count);
    for (OpenEnum constant : known.get()) {
      assertThat(constant.isKnown()).isTrue();
      assertThat(of.apply(constant.value())).isSameAs(constant);
      assertThat(constant.toString()).isEqualTo(constant.value());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void anyOtherValueParsesAsUnknownKeepingItsText(
      String name, Function<String, OpenEnum> of, Supplier<List<OpenEnum>> known, int count) {
    OpenEnum unknown = of.apply("Zz-not-a-value");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value()).isEqualTo("Zz-not-a-value");
    assertThat(unknown).isEqualTo(of.apply("Zz-not-a-value")).isNotIn(known.get());
    assertThat(of.apply(""))
        .as("empty text is a value here; codecs map it to no value")
        .satisfies(v -> assertThat(v.isKnown()).isFalse());
    assertThatThrownBy(() -> of.apply(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void constantsMatchTheWire() {
    assertThat(Gender.X.value()).isEqualTo("X");
    assertThat(YesNo.YES.value()).isEqualTo("Y");
    assertThat(YesNo.NO.value()).isEqualTo("N");
    assertThat(Race.UNKNOWN.value()).isEqualTo("Unknown");
    assertThat(Race.UNKNOWN.isKnown()).isTrue();
    assertThat(FrlStatus.OTHER.value()).isEqualTo("Other");
    assertThat(RelationshipType.PARENT_GUARDIAN.value()).isEqualTo("Parent/Guardian");
    assertThat(Relationship.AUNT_UNCLE.value()).isEqualTo("Aunt/Uncle");
    assertThat(StaffRoleType.SCHOOL_TECH_LEAD.value()).isEqualTo("SchoolTechLead");
    assertThat(HomeLanguage.KURDISH_KURMANJI.value()).isEqualTo("Kurdish (Kurmanji)");
    assertThat(HomeLanguage.ENGLISH.value()).isEqualTo("English");
    assertThat(HomeLanguageCode.OTHER.value()).isEqualTo("other");
    assertThat(HomeLanguageCode.SPA.value()).isEqualTo("spa");
    assertThat(DisabilityCode.SLD.value()).isEqualTo("sld");
    assertThat(DisabilityType.DEAF_BLINDNESS.value()).isEqualTo("Deaf-blindness");
    // NOTES 2.12: the spec has "Other" and no "", the docs the reverse; both read.
    assertThat(DisabilityType.of("Other")).isSameAs(DisabilityType.OTHER);
  }

  @Test
  void everyV30HomeLanguageIsKnown() {
    List<String> v30 =
        List.of(
            "English",
            "Albanian",
            "Amharic",
            "Arabic",
            "Bengali",
            "Bosnian",
            "Burmese",
            "Cantonese",
            "Chinese",
            "Dutch",
            "Farsi",
            "French",
            "German",
            "Hebrew",
            "Hindi",
            "Hmong",
            "Ilocano",
            "Japanese",
            "Javanese",
            "Karen",
            "Khmer",
            "Korean",
            "Laotian",
            "Latvian",
            "Malay",
            "Mandarin",
            "Nepali",
            "Oromo",
            "Polish",
            "Portuguese",
            "Punjabi",
            "Romanian",
            "Russian",
            "Samoan",
            "Serbian",
            "Somali",
            "Spanish",
            "Swahili",
            "Tagalog",
            "Tamil",
            "Telugu",
            "Thai",
            "Tigrinya",
            "Turkish",
            "Ukrainian",
            "Urdu",
            "Vietnamese");
    assertThat(v30).hasSize(47).allSatisfy(v -> assertThat(HomeLanguage.of(v).isKnown()).isTrue());
  }

  @Test
  void emptyAndNullEnumFieldsReadAsNoValue() {
    User u =
        CleverJson.USER.fromJson(
            "{\"id\":\"65f1a0c2e4b0a10001750009\",\"roles\":{\"student\":"
                + "{\"gender\":\"\",\"race\":null,\"ell_status\":\"\",\"home_language\":\"\","
                + "\"disability\":{\"disability_type\":\"\",\"disability_code\":null}}}}");
    StudentRole s = u.roles().student().orElseThrow();
    assertThat(s.gender()).isEmpty();
    assertThat(s.race()).isEmpty();
    assertThat(s.ellStatus()).isEmpty();
    assertThat(s.homeLanguage()).isEmpty();
    assertThat(s.disability().orElseThrow().disabilityType()).isEmpty();
    assertThat(s.disability().orElseThrow().disabilityCode()).isEmpty();
  }
}

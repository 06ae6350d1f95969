package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Generated users round-trip; mutated fixtures fail only with {@link CleverJsonException}. */
class UserProperties {

  @Property(tries = 300)
  void generatedUsersRoundTripEqual(@ForAll("users") User user) {
    String json = CleverJson.USER.toJson(user);
    assertThat(CleverJson.USER.fromJson(json)).isEqualTo(user);
    SingleResponse<User> response = SingleResponse.of(user);
    assertThat(UserFixtures.SINGLE_CODEC.fromJson(UserFixtures.SINGLE_CODEC.toJson(response)))
        .isEqualTo(response);
  }

  @Property(tries = 1000)
  void mutatedFixturesFailOnlyWithCleverJsonException(
      @ForAll("fixtures") String fixture,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int mutations) {
    Random random = new Random(seed);
    JsonElement tree = JsonParser.parseString(UserFixtures.text(fixture));
    boolean truncate = false;
    for (int i = 0; i < mutations; i++) {
      switch (random.nextInt(3)) {
        case 0:
          remove(tree, random);
          break;
        case 1:
          swapType(tree, random);
          break;
        default:
          truncate = true;
      }
    }
    String json = tree.toString();
    if (truncate) {
      json = json.substring(0, random.nextInt(json.length()));
    }
    String outcome;
    try {
      if (UserFixtures.PAGES.contains(fixture)) {
        UserFixtures.PAGE_CODEC.fromJson(json);
      } else {
        UserFixtures.SINGLE_CODEC.fromJson(json);
      }
      outcome = "read";
    } catch (CleverJsonException expected) {
      assertThat(expected.path()).startsWith("$");
      outcome = "rejected";
    }
    Statistics.label("outcome").collect(outcome);
    // Both outcomes must occur, or the mutations are not exercising the readers.
    Statistics.label("outcome")
        .coverage(
            c -> {
              c.check("read").percentage(p -> p > 5);
              c.check("rejected").percentage(p -> p > 5);
            });
  }

  @Provide
  Arbitrary<String> fixtures() {
    List<String> all = new ArrayList<>(UserFixtures.PAGES);
    all.addAll(UserFixtures.SINGLES);
    return Arbitraries.of(all);
  }

  // --- mutations ---

  /** A JSON position: a member of an object or an element of an array. */
  private static final class Slot {
    final JsonElement parent;
    final String key;
    final int index;

    Slot(JsonElement parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }
  }

  private static List<Slot> slots(JsonElement root) {
    List<Slot> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(JsonElement e, List<Slot> out) {
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
        out.add(new Slot(e, m.getKey(), -1));
        collect(m.getValue(), out);
      }
    } else if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(e, null, i));
        collect(a.get(i), out);
      }
    }
  }

  private static void remove(JsonElement root, Random random) {
    List<Slot> slots = slots(root);
    if (slots.isEmpty()) {
      return;
    }
    Slot s = slots.get(random.nextInt(slots.size()));
    if (s.key != null) {
      s.parent.getAsJsonObject().remove(s.key);
    } else {
      s.parent.getAsJsonArray().remove(s.index);
    }
  }

  private static void swapType(JsonElement root, Random random) {
    List<Slot> slots = slots(root);
    if (slots.isEmpty()) {
      return;
    }
    Slot s = slots.get(random.nextInt(slots.size()));
    JsonElement replacement = randomValue(random);
    if (s.key != null) {
      s.parent.getAsJsonObject().add(s.key, replacement);
    } else {
      s.parent.getAsJsonArray().set(s.index, replacement);
    }
  }

  private static JsonElement randomValue(Random random) {
    switch (random.nextInt(7)) {
      case 0:
        return new JsonPrimitive("mutated");
      case 1:
        return new JsonPrimitive(42.5);
      case 2:
        return new JsonPrimitive(true);
      case 3:
        return JsonNull.INSTANCE;
      case 4:
        return new JsonObject();
      case 5:
        return new JsonArray();
      default:
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        a.add(1);
        a.add("two");
        o.add("nested", a);
        return o;
    }
  }

  // --- generators ---

  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("ABZ0123456789 -_/.@'\"\\\u00e9\u6f22\n")
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("0123456789abcdef").ofLength(24);
  }

  private static <T extends OpenEnum> Arbitrary<T> openEnum(List<T> known, Function<String, T> of) {
    return Arbitraries.oneOf(Arbitraries.of(known), text().map(of));
  }

  private static Arbitrary<JsonValue> jsonValues() {
    return Arbitraries.oneOf(
        text().map(JsonValue::ofString),
        Arbitraries.of(
                "1",
                "2.50",
                "-3e5",
                "true",
                "false",
                "null",
                "[]",
                "{}",
                "[1,\"a\",null]",
                "{\"k\":{\"n\":[true]}}")
            .map(JsonValue::ofJson));
  }

  private static Arbitrary<Map<String, JsonValue>> unknownFields() {
    return Arbitraries.maps(text().map(k -> "x_" + k), jsonValues()).ofMaxSize(2);
  }

  private static Arbitrary<Map<String, JsonValue>> ext() {
    return Arbitraries.maps(text(), jsonValues()).ofMaxSize(3);
  }

  private static Arbitrary<Name> names() {
    return Builders.withBuilder(Name::builder)
        .use(text())
        .withProbability(0.7)
        .in((b, v) -> b.first(v))
        .use(text())
        .withProbability(0.3)
        .in((b, v) -> b.middle(v))
        .use(text())
        .withProbability(0.9)
        .in((b, v) -> b.last(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(Name.Builder::build);
  }

  private static Arbitrary<Credentials> credentials() {
    return Builders.withBuilder(Credentials::builder)
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.districtUsername(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(Credentials.Builder::build);
  }

  private static Arbitrary<Location> locations() {
    return Builders.withBuilder(Location::builder)
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.address(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.city(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.state(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.zip(v))
        .use(text())
        .withProbability(0.2)
        .in((b, v) -> b.lat(v))
        .use(text())
        .withProbability(0.2)
        .in((b, v) -> b.lon(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(Location.Builder::build);
  }

  private static Arbitrary<SchoolEnrollment> enrollments() {
    return Builders.withBuilder(SchoolEnrollment::builder)
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.school(v))
        .use(text())
        .withProbability(0.7)
        .in((b, v) -> b.startDate(v))
        .use(text())
        .withProbability(0.7)
        .in((b, v) -> b.endDate(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(SchoolEnrollment.Builder::build);
  }

  private static Arbitrary<Disability> disabilities() {
    return Builders.withBuilder(Disability::builder)
        .use(openEnum(YesNo.knownValues(), YesNo::of))
        .withProbability(0.7)
        .in((b, v) -> b.disabilityStatus(v))
        .use(openEnum(DisabilityCode.knownValues(), DisabilityCode::of))
        .withProbability(0.5)
        .in((b, v) -> b.disabilityCode(v))
        .use(openEnum(DisabilityType.knownValues(), DisabilityType::of))
        .withProbability(0.5)
        .in((b, v) -> b.disabilityType(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(Disability.Builder::build);
  }

  private static Arbitrary<PreferredName> preferredNames() {
    return Builders.withBuilder(PreferredName::builder)
        .use(text())
        .withProbability(0.7)
        .in((b, v) -> b.first(v))
        .use(text())
        .withProbability(0.3)
        .in((b, v) -> b.middle(v))
        .use(text())
        .withProbability(0.3)
        .in((b, v) -> b.last(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(PreferredName.Builder::build);
  }

  private static Arbitrary<StudentRole> students() {
    Arbitrary<YesNo> yesNo = openEnum(YesNo.knownValues(), YesNo::of);
    return Builders.withBuilder(StudentRole::builder)
        .use(ids())
        .withProbability(0.3)
        .in((b, v) -> b.legacyId(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.sisId(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.studentNumber(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.stateId(v))
        .use(ids())
        .withProbability(0.8)
        .in((b, v) -> b.school(v))
        .use(ids().list().ofMaxSize(3))
        .in((b, v) -> b.schools(v))
        .use(enrollments().list().ofMaxSize(2))
        .in((b, v) -> b.enrollments(v))
        .use(credentials())
        .withProbability(0.5)
        .in((b, v) -> b.credentials(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.email(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.dob(v))
        .use(openEnum(Grade.knownValues(), Grade::of))
        .withProbability(0.7)
        .in((b, v) -> b.grade(v))
        .use(text())
        .withProbability(0.3)
        .in((b, v) -> b.graduationYear(v))
        .use(openEnum(Gender.knownValues(), Gender::of))
        .withProbability(0.5)
        .in((b, v) -> b.gender(v))
        .use(openEnum(Race.knownValues(), Race::of))
        .withProbability(0.5)
        .in((b, v) -> b.race(v))
        .use(yesNo)
        .withProbability(0.4)
        .in((b, v) -> b.hispanicEthnicity(v))
        .use(yesNo)
        .withProbability(0.4)
        .in((b, v) -> b.ellStatus(v))
        .use(text())
        .withProbability(0.3)
        .in((b, v) -> b.iepStatus(v))
        .use(openEnum(FrlStatus.knownValues(), FrlStatus::of))
        .withProbability(0.3)
        .in((b, v) -> b.frlStatus(v))
        .use(yesNo)
        .withProbability(0.3)
        .in((b, v) -> b.giftedStatus(v))
        .use(yesNo)
        .withProbability(0.3)
        .in((b, v) -> b.section504Status(v))
        .use(disabilities())
        .withProbability(0.3)
        .in((b, v) -> b.disability(v))
        .use(openEnum(HomeLanguage.knownValues(), HomeLanguage::of))
        .withProbability(0.3)
        .in((b, v) -> b.homeLanguage(v))
        .use(openEnum(HomeLanguageCode.knownValues(), HomeLanguageCode::of))
        .withProbability(0.3)
        .in((b, v) -> b.homeLanguageCode(v))
        .use(text())
        .withProbability(0.2)
        .in((b, v) -> b.unweightedGpa(v))
        .use(text())
        .withProbability(0.2)
        .in((b, v) -> b.weightedGpa(v))
        .use(locations())
        .withProbability(0.4)
        .in((b, v) -> b.location(v))
        .use(preferredNames())
        .withProbability(0.2)
        .in((b, v) -> b.preferredName(v))
        .use(text())
        .withProbability(0.1)
        .in((b, v) -> b.created(v))
        .use(text())
        .withProbability(0.1)
        .in((b, v) -> b.lastModified(v))
        .use(ext())
        .withProbability(0.3)
        .in((b, v) -> b.ext(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(StudentRole.Builder::build);
  }

  private static Arbitrary<TeacherRole> teachers() {
    return Builders.withBuilder(TeacherRole::builder)
        .use(ids())
        .withProbability(0.3)
        .in((b, v) -> b.legacyId(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.sisId(v))
        .use(text())
        .withProbability(0.4)
        .in((b, v) -> b.stateId(v))
        .use(text())
        .withProbability(0.4)
        .in((b, v) -> b.teacherNumber(v))
        .use(ids())
        .withProbability(0.8)
        .in((b, v) -> b.school(v))
        .use(ids().list().ofMaxSize(3))
        .in((b, v) -> b.schools(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.title(v))
        .use(credentials())
        .withProbability(0.5)
        .in((b, v) -> b.credentials(v))
        .use(ids())
        .withProbability(0.1)
        .in((b, v) -> b.district(v))
        .use(names())
        .withProbability(0.1)
        .in((b, v) -> b.name(v))
        .use(text())
        .withProbability(0.1)
        .in((b, v) -> b.created(v))
        .use(text())
        .withProbability(0.1)
        .in((b, v) -> b.lastModified(v))
        .use(ext())
        .withProbability(0.3)
        .in((b, v) -> b.ext(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(TeacherRole.Builder::build);
  }

  private static Arbitrary<StaffRole> staff() {
    return Builders.withBuilder(StaffRole::builder)
        .use(ids())
        .withProbability(0.3)
        .in((b, v) -> b.legacyId(v))
        .use(text())
        .withProbability(0.6)
        .in((b, v) -> b.staffId(v))
        .use(ids().list().ofMaxSize(3))
        .in((b, v) -> b.schools(v))
        .use(openEnum(StaffRoleType.knownValues(), StaffRoleType::of).list().ofMaxSize(3))
        .in((b, v) -> b.roles(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.title(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.department(v))
        .use(credentials())
        .withProbability(0.5)
        .in((b, v) -> b.credentials(v))
        .use(ext())
        .withProbability(0.3)
        .in((b, v) -> b.ext(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(StaffRole.Builder::build);
  }

  private static Arbitrary<DistrictAdminRole> districtAdmins() {
    return Builders.withBuilder(DistrictAdminRole::builder)
        .use(ids())
        .withProbability(0.5)
        .in((b, v) -> b.legacyId(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.title(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(DistrictAdminRole.Builder::build);
  }

  private static Arbitrary<StudentRelationship> relationships() {
    return Builders.withBuilder(StudentRelationship::builder)
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.student(v))
        .use(openEnum(Relationship.knownValues(), Relationship::of))
        .withProbability(0.7)
        .in((b, v) -> b.relationship(v))
        .use(openEnum(RelationshipType.knownValues(), RelationshipType::of))
        .withProbability(0.7)
        .in((b, v) -> b.type(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(StudentRelationship.Builder::build);
  }

  private static Arbitrary<ContactRole> contacts() {
    return Builders.withBuilder(ContactRole::builder)
        .use(ids())
        .withProbability(0.3)
        .in((b, v) -> b.legacyId(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.sisId(v))
        .use(text())
        .withProbability(0.5)
        .in((b, v) -> b.phone(v))
        .use(openEnum(PhoneType.knownValues(), PhoneType::of))
        .withProbability(0.5)
        .in((b, v) -> b.phoneType(v))
        .use(relationships().list().ofMaxSize(3))
        .in((b, v) -> b.studentRelationships(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(ContactRole.Builder::build);
  }

  private static Arbitrary<Roles> roles() {
    return Builders.withBuilder(Roles::builder)
        .use(students())
        .withProbability(0.4)
        .in((b, v) -> b.student(v))
        .use(teachers())
        .withProbability(0.3)
        .in((b, v) -> b.teacher(v))
        .use(staff())
        .withProbability(0.2)
        .in((b, v) -> b.staff(v))
        .use(districtAdmins())
        .withProbability(0.2)
        .in((b, v) -> b.districtAdmin(v))
        .use(contacts())
        .withProbability(0.3)
        .in((b, v) -> b.contact(v))
        .use(unknownFields())
        .withProbability(0.1)
        .in((b, v) -> b.unknownFields(v))
        .build(Roles.Builder::build);
  }

  private static Arbitrary<LmsStatus> lmsStatuses() {
    return Builders.withBuilder(LmsStatus::builder)
        .use(Arbitraries.of(true, false))
        .withProbability(0.9)
        .in((b, v) -> b.syncedInLms(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(LmsStatus.Builder::build);
  }

  @Provide
  Arbitrary<User> users() {
    return Builders.withBuilder(User::builder)
        .use(ids())
        .in((b, v) -> b.id(v))
        .use(ids())
        .withProbability(0.9)
        .in((b, v) -> b.district(v))
        .use(names())
        .withProbability(0.9)
        .in((b, v) -> b.name(v))
        .use(text())
        .withProbability(0.6)
        .in((b, v) -> b.email(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.created(v))
        .use(text())
        .withProbability(0.8)
        .in((b, v) -> b.lastModified(v))
        .use(lmsStatuses())
        .withProbability(0.3)
        .in((b, v) -> b.lmsStatus(v))
        .use(roles())
        .withProbability(0.95)
        .in((b, v) -> b.roles(v))
        .use(unknownFields())
        .withProbability(0.2)
        .in((b, v) -> b.unknownFields(v))
        .build(User.Builder::build);
  }
}

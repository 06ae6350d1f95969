package com.classtag.sync.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.TeacherRole;
import com.classtag.sync.state.UserStatus;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds the JSON Schemas in {@code docs/schema} and the readers in agreement: every object the
 * schema describes is an object the reader reads, with the same fields and the same required ones,
 * and every enumeration in the schema lists exactly the constants the reader accepts. The readers
 * read each field through their {@link FieldSet}s, and {@code FormatRoundTripProperties} shows each
 * field read back.
 */
class SchemaAgreementTest {
  private static final Path STATE_SCHEMA = Path.of("../docs/schema/app-state.schema.json");
  private static final Path SETTINGS_SCHEMA = Path.of("../docs/schema/settings.schema.json");

  @Test
  void theStateReaderReadsExactlyTheObjectsAndFieldsOfTheSchema() throws IOException {
    assertAgreement(schema(STATE_SCHEMA), StateFields.ALL);
  }

  @Test
  void theSettingsReaderReadsExactlyTheObjectsAndFieldsOfTheSchema() throws IOException {
    assertAgreement(schema(SETTINGS_SCHEMA), SettingsFields.ALL);
  }

  @Test
  void theStateSchemasEnumerationsAreTheReadersConstants() throws IOException {
    assertEnumerations(
        schema(STATE_SCHEMA),
        Map.of(
            "#/$defs/actor", Actor.class,
            "#/$defs/status", UserStatus.class,
            "#/$defs/archive/properties/reason", ArchiveReason.class,
            "#/$defs/teacherMembership/properties/role", TeacherRole.class,
            "#/$defs/schoolAccess/properties/role", AccessRole.class));
  }

  @Test
  void theSettingsSchemasEnumerationsAreTheReadersConstants() throws IOException {
    assertEnumerations(
        schema(SETTINGS_SCHEMA),
        Map.of(
            "#/properties/classroomNames", ClassroomNamePolicy.class,
            "#/properties/carriedStatuses/items", StudentStatus.class,
            "#/properties/studentIdSource", StudentIdSource.class));
  }

  private static void assertAgreement(JsonObject schema, List<FieldSet<?>> objects) {
    Set<String> described = new TreeSet<>();
    collect(schema, "#", described, "properties");
    Set<String> read = new TreeSet<>();
    objects.forEach(object -> read.add(object.schemaPointer()));
    assertThat(read).as("the objects the reader reads").isEqualTo(described);
    for (FieldSet<?> object : objects) {
      JsonObject node = resolve(schema, object.schemaPointer());
      assertThat(names(object, false))
          .as("the fields of %s", object.schemaPointer())
          .isEqualTo(node.getAsJsonObject("properties").keySet());
      Set<String> required = new HashSet<>();
      if (node.has("required")) {
        node.getAsJsonArray("required").forEach(name -> required.add(name.getAsString()));
      }
      assertThat(names(object, true))
          .as("the required fields of %s", object.schemaPointer())
          .isEqualTo(required);
      assertThat(node.get("additionalProperties").getAsBoolean())
          .as("%s rejects unknown fields, as the reader does", object.schemaPointer())
          .isFalse();
    }
  }

  private static void assertEnumerations(
      JsonObject schema, Map<String, Class<? extends Enum<?>>> enums) {
    Set<String> described = new TreeSet<>();
    collect(schema, "#", described, "enum");
    assertThat(described).as("the schema's enumerations").isEqualTo(new TreeSet<>(enums.keySet()));
    enums.forEach(
        (pointer, type) -> {
          List<String> values =
              resolve(schema, pointer).getAsJsonArray("enum").asList().stream()
                  .map(JsonElement::getAsString)
                  .toList();
          assertThat(values)
              .as(pointer)
              .containsExactlyInAnyOrderElementsOf(
                  Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        });
  }

  private static Set<String> names(FieldSet<?> object, boolean requiredOnly) {
    return object.fields().stream()
        .filter(f -> !requiredOnly || ((JsonField) f).required())
        .map(f -> ((JsonField) f).jsonName())
        .collect(Collectors.toSet());
  }

  /**
   * Collects the pointers of every schema node that has {@code keyword}, walking properties, items,
   * defs.
   */
  private static void collect(JsonObject node, String pointer, Set<String> found, String keyword) {
    if (node.has(keyword)) {
      found.add(pointer);
    }
    for (String nesting : List.of("properties", "$defs")) {
      if (node.has(nesting)) {
        for (Map.Entry<String, JsonElement> child : node.getAsJsonObject(nesting).entrySet()) {
          collect(
              child.getValue().getAsJsonObject(),
              pointer + "/" + nesting + "/" + child.getKey(),
              found,
              keyword);
        }
      }
    }
    for (String nested : List.of("items", "additionalProperties")) {
      if (node.has(nested) && node.get(nested).isJsonObject()) {
        collect(node.getAsJsonObject(nested), pointer + "/" + nested, found, keyword);
      }
    }
  }

  private static JsonObject resolve(JsonObject schema, String pointer) {
    JsonObject node = schema;
    for (String step : pointer.substring(1).split("/")) {
      if (!step.isEmpty()) {
        node = node.getAsJsonObject(step);
      }
    }
    return node;
  }

  private static JsonObject schema(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
  }
}

package com.classtag.examples.input;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a JSON document against a JSON Schema (draft 2020-12), implementing the subset of keywords the
 * input schemas in {@code docs/schema} use: {@code type}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code minItems}, {@code uniqueItems}, {@code enum},
 * {@code const}, {@code minLength}, {@code pattern}, {@code format: date-time}, {@code minimum},
 * {@code maximum}, and {@code $ref} into {@code $defs}. A schema using any other keyword is rejected when
 * the validator is made, so a schema can never silently promise a check that is not made.
 */
final class SchemaValidator {
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$comment", "title", "description", "default", "examples", "$defs");
  private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
      "items", "minItems", "uniqueItems", "enum", "const", "minLength", "pattern", "format", "minimum", "maximum",
      "$ref");

  private static final Pattern PHONE_LIKE = Pattern.compile("[+()0-9 .-]{7,}");

  private final JsonObject root;

  /**
   * Makes a validator for a schema.
   *
   * @param schema the schema document
   * @throws IllegalArgumentException if the schema uses a keyword this validator does not implement, or a
   *     {@code $ref} that does not resolve
   */
  SchemaValidator(JsonObject schema) {
    this.root = schema;
    checkSchema(schema, "#");
  }

  /**
   * Validates a document.
   *
   * @param document the document
   * @return every error found, in document order; empty when the document is valid
   */
  List<SchemaError> validate(JsonElement document) {
    List<SchemaError> errors = new ArrayList<>();
    validate(document, root, JsonPath.ROOT, errors);
    return errors;
  }

  private void validate(JsonElement value, JsonObject schema, String path, List<SchemaError> errors) {
    if (schema.has("$ref")) {
      validate(value, resolve(schema.get("$ref").getAsString()), path, errors);
    }
    if (schema.has("type") && !hasType(value, schema.get("type"))) {
      errors.add(new SchemaError(path, "must be " + describeType(schema.get("type")) + "; was " + describe(value)));
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(new SchemaError(path, "must be " + schema.get("const") + "; was " + describe(value)));
    }
    if (schema.has("enum") && !contains(schema.getAsJsonArray("enum"), value)) {
      errors.add(new SchemaError(path, "must be one of " + join(schema.getAsJsonArray("enum")) + "; was "
          + describe(value)));
    }
    if (value.isJsonObject()) {
      validateObject(value.getAsJsonObject(), schema, path, errors);
    } else if (value.isJsonArray()) {
      validateArray(value.getAsJsonArray(), schema, path, errors);
    } else if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      validateString(value.getAsString(), schema, path, errors);
    } else if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      validateNumber(value.getAsBigDecimal(), schema, path, errors);
    }
  }

  private void validateObject(JsonObject object, JsonObject schema, String path, List<SchemaError> errors) {
    if (schema.has("required")) {
      for (JsonElement name : schema.getAsJsonArray("required")) {
        if (!object.has(name.getAsString())) {
          errors.add(new SchemaError(JsonPath.property(path, name.getAsString()), "is required but missing"));
        }
      }
    }
    JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
    for (Map.Entry<String, JsonElement> member : object.entrySet()) {
      String child = JsonPath.property(path, member.getKey());
      if (properties.has(member.getKey())) {
        validate(member.getValue(), properties.getAsJsonObject(member.getKey()), child, errors);
      } else if (schema.has("additionalProperties")) {
        JsonElement additional = schema.get("additionalProperties");
        if (additional.isJsonPrimitive() && !additional.getAsBoolean()) {
          errors.add(new SchemaError(child, "is not a known field" + suggestion(properties)));
        } else if (additional.isJsonObject()) {
          validate(member.getValue(), additional.getAsJsonObject(), child, errors);
        }
      }
    }
  }

  private void validateArray(JsonArray array, JsonObject schema, String path, List<SchemaError> errors) {
    if (schema.has("minItems") && array.size() < schema.get("minItems").getAsInt()) {
      errors.add(new SchemaError(path, "must have at least " + schema.get("minItems").getAsInt() + " items"));
    }
    if (schema.has("uniqueItems") && schema.get("uniqueItems").getAsBoolean()) {
      Set<JsonElement> seen = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        if (!seen.add(array.get(i))) {
          errors.add(new SchemaError(JsonPath.element(path, i), "repeats an earlier item " + describe(array.get(i))));
        }
      }
    }
    if (schema.has("items")) {
      for (int i = 0; i < array.size(); i++) {
        validate(array.get(i), schema.getAsJsonObject("items"), JsonPath.element(path, i), errors);
      }
    }
  }

  private static void validateString(String text, JsonObject schema, String path, List<SchemaError> errors) {
    if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").getAsInt()) {
      errors.add(new SchemaError(path, schema.get("minLength").getAsInt() == 1 ? "must not be empty"
          : "must be at least " + schema.get("minLength").getAsInt() + " characters long"));
    }
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").getAsString()).matcher(text).find()) {
      errors.add(new SchemaError(path, "must match the pattern " + schema.get("pattern").getAsString()
          + "; was " + describe(new JsonPrimitive(text))));
    }
    if (schema.has("format") && schema.get("format").getAsString().equals("date-time")) {
      try {
        OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        errors.add(new SchemaError(path,
            "must be a date and time such as 2026-10-01T06:00:00Z; was " + describe(new JsonPrimitive(text))));
      }
    }
  }

  private static void validateNumber(BigDecimal number, JsonObject schema, String path, List<SchemaError> errors) {
    if (schema.has("minimum") && number.compareTo(schema.get("minimum").getAsBigDecimal()) < 0) {
      errors.add(new SchemaError(path, "must be at least " + schema.get("minimum") + "; was " + number));
    }
    if (schema.has("maximum") && number.compareTo(schema.get("maximum").getAsBigDecimal()) > 0) {
      errors.add(new SchemaError(path, "must be at most " + schema.get("maximum") + "; was " + number));
    }
  }

  private static boolean hasType(JsonElement value, JsonElement type) {
    if (type.isJsonArray()) {
      for (JsonElement one : type.getAsJsonArray()) {
        if (hasType(value, one)) {
          return true;
        }
      }
      return false;
    }
    switch (type.getAsString()) {
      case "object":
        return value.isJsonObject();
      case "array":
        return value.isJsonArray();
      case "string":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
      case "boolean":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
      case "number":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
      case "integer":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
            && value.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
      case "null":
        return value.isJsonNull();
      default:
        throw new IllegalArgumentException("unknown type " + type);
    }
  }

  private JsonObject resolve(String ref) {
    if (!ref.startsWith("#/$defs/")) {
      throw new IllegalArgumentException("only #/$defs/ references are supported, not " + ref);
    }
    JsonObject defs = root.getAsJsonObject("$defs");
    String name = ref.substring("#/$defs/".length());
    if (defs == null || !defs.has(name)) {
      throw new IllegalArgumentException("the reference " + ref + " does not resolve");
    }
    return defs.getAsJsonObject(name);
  }

  private void checkSchema(JsonObject schema, String where) {
    for (Map.Entry<String, JsonElement> keyword : schema.entrySet()) {
      String name = keyword.getKey();
      if (!KEYWORDS.contains(name) && !ANNOTATIONS.contains(name)) {
        throw new IllegalArgumentException("schema keyword '" + name + "' at " + where + " is not supported");
      }
    }
    if (schema.has("$ref")) {
      resolve(schema.get("$ref").getAsString());
    }
    if (schema.has("format") && !schema.get("format").getAsString().equals("date-time")) {
      throw new IllegalArgumentException("format '" + schema.get("format").getAsString() + "' at " + where
          + " is not supported");
    }
    for (String nested : List.of("properties", "$defs")) {
      if (schema.has(nested)) {
        for (Map.Entry<String, JsonElement> child : schema.getAsJsonObject(nested).entrySet()) {
          checkSchema(child.getValue().getAsJsonObject(), where + "/" + nested + "/" + child.getKey());
        }
      }
    }
    for (String nested : List.of("items", "additionalProperties")) {
      if (schema.has(nested) && schema.get(nested).isJsonObject()) {
        checkSchema(schema.getAsJsonObject(nested), where + "/" + nested);
      }
    }
  }

  private static boolean contains(JsonArray values, JsonElement value) {
    for (JsonElement candidate : values) {
      if (candidate.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String suggestion(JsonObject properties) {
    if (properties.size() == 0) {
      return "";
    }
    return "; known fields are " + String.join(", ", properties.keySet());
  }

  private static String describeType(JsonElement type) {
    if (type.isJsonArray()) {
      List<String> names = new ArrayList<>();
      type.getAsJsonArray().forEach(t -> names.add(article(t.getAsString())));
      return String.join(" or ", names);
    }
    return article(type.getAsString());
  }

  private static String article(String type) {
    switch (type) {
      case "object":
      case "array":
        return "an " + type;
      case "integer":
        return "a whole number";
      case "null":
        return "null";
      default:
        return "a " + type;
    }
  }

  private static String describe(JsonElement value) {
    if (value.isJsonNull()) {
      return "null";
    }
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isString() && mayBePersonal(primitive.getAsString())) {
      // Input files hold people's emails and phones; an error message never repeats one.
      return "a string that is not shown because it may be an email or phone";
    }
    String text = primitive.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static boolean mayBePersonal(String text) {
    return text.indexOf('@') >= 0 || PHONE_LIKE.matcher(text).matches();
  }

  private static String join(JsonArray values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(v.toString()));
    return String.join(", ", texts);
  }
}

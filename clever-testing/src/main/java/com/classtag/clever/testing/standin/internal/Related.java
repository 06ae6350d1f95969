package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The related-collection endpoints, such as {@code /sections/{id}/users} and {@code
 * /users/{id}/mystudents}, worked out from the records' own links (a section's {@code students} and
 * {@code teachers}, a contact's {@code student_relationships}, a record's {@code school}, {@code
 * course} and {@code term_id}). Each request scans the collections it needs, which suits the data
 * sizes of tests. Resources carry no links in the records the stand-in serves, so their relations
 * are empty lists.
 */
final class Related {
  private final CleverData data;

  Related(CleverData data) {
    this.data = data;
  }

  /** A related record or list, and the collection its records belong to. */
  record Found(RecordSource source, String collection, int index) {}

  /**
   * Returns the single record a relation names, such as {@code /sections/{id}/school}.
   *
   * @return the record, empty when the relation is not a single-record one; a missing parent or
   *     target is a {@code Found} with index -1
   */
  Optional<Found> item(String parentCollection, String parentId, String relation) {
    String field;
    String target;
    switch (relation) {
      case "district" -> {
        field = "district";
        target = "districts";
      }
      case "school" -> {
        field = "school";
        target = "schools";
      }
      case "course" -> {
        field = "course";
        target = "courses";
      }
      case "term" -> {
        field = "term_id";
        target = "terms";
      }
      default -> {
        return Optional.empty();
      }
    }
    if (!relation.equals("district") && !parentCollection.equals("sections")) {
      return Optional.empty();
    }
    RecordSource targets = source(target);
    Optional<JsonObject> parent = record(parentCollection, parentId);
    if (parent.isEmpty()) {
      return Optional.of(new Found(targets, target, -1));
    }
    String id = relation.equals("district") ? data.districtId() : string(parent.get(), field);
    return Optional.of(new Found(targets, target, id == null ? -1 : targets.indexOf(id)));
  }

  /**
   * Returns the records a list relation names, such as {@code /schools/{id}/sections}.
   *
   * @param role the {@code role} filter of a users relation, or empty
   * @param primary whether {@code primary=true} asks for primary schools only
   * @return the records, empty when the relation is unknown; a missing parent is a {@code Found}
   *     with index -1
   */
  Optional<Found> list(
      String parentCollection,
      String parentId,
      String relation,
      Optional<String> role,
      boolean primary) {
    Optional<String> target = targetOf(parentCollection, relation);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Optional<JsonObject> parent = record(parentCollection, parentId);
    RecordSource all =
        target.get().equals("users")
            ? data.users(role).orElse(source("none"))
            : source(target.get());
    if (parent.isEmpty()) {
      return Optional.of(new Found(all, target.get(), -1));
    }
    Predicate<JsonObject> keep =
        keep(parentCollection, parentId, relation, parent.get(), role, primary);
    return Optional.of(
        new Found(new IndexedSource(all, i -> keep.test(parse(all, i))), target.get(), 0));
  }

  private static Optional<String> targetOf(String parent, String relation) {
    String target =
        switch (parent + "/" + relation) {
          case "sections/users",
              "schools/users",
              "resources/users",
              "users/mycontacts",
              "users/mystudents",
              "users/myteachers" ->
              "users";
          case "sections/resources", "users/resources", "courses/resources" -> "resources";
          case "schools/courses", "resources/courses" -> "courses";
          case "schools/sections",
              "users/sections",
              "terms/sections",
              "courses/sections",
              "resources/sections" ->
              "sections";
          case "schools/terms" -> "terms";
          case "users/schools", "terms/schools", "courses/schools" -> "schools";
          default -> null;
        };
    return Optional.ofNullable(target);
  }

  private Predicate<JsonObject> keep(
      String parentCollection,
      String parentId,
      String relation,
      JsonObject parent,
      Optional<String> role,
      boolean primary) {
    switch (parentCollection + "/" + relation) {
      case "sections/users":
        {
          Set<String> ids = new HashSet<>();
          if (role.isEmpty() || role.get().equals("student")) {
            ids.addAll(strings(parent, "students"));
          }
          if (role.isEmpty() || role.get().equals("teacher")) {
            ids.addAll(strings(parent, "teachers"));
          }
          return user -> ids.contains(string(user, "id"));
        }
      case "schools/users":
        return user -> roleSchools(user, primary).contains(parentId);
      case "schools/sections":
        return section -> parentId.equals(string(section, "school"));
      case "schools/courses":
        return linkedBySections("school", parentId, "course");
      case "schools/terms":
        return linkedBySections("school", parentId, "term_id");
      case "terms/sections":
        return section -> parentId.equals(string(section, "term_id"));
      case "terms/schools":
        return linkedBySections("term_id", parentId, "school");
      case "courses/sections":
        return section -> parentId.equals(string(section, "course"));
      case "courses/schools":
        return linkedBySections("course", parentId, "school");
      case "users/sections":
        return section ->
            strings(section, "students").contains(parentId)
                || strings(section, "teachers").contains(parentId);
      case "users/schools":
        {
          Set<String> schools = roleSchools(parent, primary);
          return school -> schools.contains(string(school, "id"));
        }
      case "users/mycontacts":
        return contact -> relatedStudents(contact).contains(parentId);
      case "users/mystudents":
        {
          Set<String> students = new HashSet<>(relatedStudents(parent));
          sections()
              .forEach(
                  section -> {
                    if (strings(section, "teachers").contains(parentId)) {
                      students.addAll(strings(section, "students"));
                    }
                  });
          return user -> students.contains(string(user, "id")) && hasRole(user, "student");
        }
      case "users/myteachers":
        {
          Set<String> teachers = new HashSet<>();
          sections()
              .forEach(
                  section -> {
                    if (strings(section, "students").contains(parentId)) {
                      teachers.addAll(strings(section, "teachers"));
                    }
                  });
          return user -> teachers.contains(string(user, "id"));
        }
      default:
        // Resources: the served records carry no links to or from them.
        return record -> false;
    }
  }

  /** Keeps records whose id some section of the parent names in {@code field}. */
  private Predicate<JsonObject> linkedBySections(
      String parentField, String parentId, String field) {
    Set<String> ids = new HashSet<>();
    sections()
        .forEach(
            section -> {
              if (parentId.equals(string(section, parentField))) {
                String id = string(section, field);
                if (id != null) {
                  ids.add(id);
                }
              }
            });
    return record -> ids.contains(string(record, "id"));
  }

  private Iterable<JsonObject> sections() {
    RecordSource sections = source("sections");
    return () -> IntStream.range(0, sections.size()).mapToObj(i -> parse(sections, i)).iterator();
  }

  private Optional<JsonObject> record(String collection, String id) {
    RecordSource source =
        collection.equals("users")
            ? data.users(Optional.empty()).orElse(source("none"))
            : source(collection);
    int index = source.indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(parse(source, index));
  }

  private RecordSource source(String collection) {
    return data.collection(collection).orElse(AppendedSource.of(List.of()));
  }

  /** The schools a user's roles name: every school, or only primary ones. */
  private static Set<String> roleSchools(JsonObject user, boolean primary) {
    Set<String> schools = new HashSet<>();
    JsonElement roles = user.get("roles");
    if (roles == null || !roles.isJsonObject()) {
      return schools;
    }
    for (String key : roles.getAsJsonObject().keySet()) {
      JsonElement role = roles.getAsJsonObject().get(key);
      if (!role.isJsonObject()) {
        continue;
      }
      String school = string(role.getAsJsonObject(), "school");
      if (school != null) {
        schools.add(school);
      }
      if (!primary) {
        schools.addAll(strings(role.getAsJsonObject(), "schools"));
      }
    }
    return schools;
  }

  private static Set<String> relatedStudents(JsonObject user) {
    Set<String> students = new HashSet<>();
    JsonElement roles = user.get("roles");
    if (roles == null
        || !roles.isJsonObject()
        || !(roles.getAsJsonObject().get("contact") instanceof JsonObject)) {
      return students;
    }
    JsonElement links =
        roles.getAsJsonObject().getAsJsonObject("contact").get("student_relationships");
    if (links instanceof JsonArray array) {
      for (JsonElement link : array) {
        if (link.isJsonObject() && string(link.getAsJsonObject(), "student") != null) {
          students.add(string(link.getAsJsonObject(), "student"));
        }
      }
    }
    return students;
  }

  private static boolean hasRole(JsonObject user, String role) {
    JsonElement roles = user.get("roles");
    return roles != null && roles.isJsonObject() && roles.getAsJsonObject().has(role);
  }

  private static String string(JsonObject record, String field) {
    JsonElement value = record.get(field);
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
        ? value.getAsString()
        : null;
  }

  private static Set<String> strings(JsonObject record, String field) {
    Set<String> values = new HashSet<>();
    if (record.get(field) instanceof JsonArray array) {
      for (JsonElement value : array) {
        if (value.isJsonPrimitive()) {
          values.add(value.getAsString());
        }
      }
    }
    return values;
  }

  private static JsonObject parse(RecordSource source, int index) {
    StringWriter text = new StringWriter();
    try (JsonWriter out = new JsonWriter(text)) {
      source.write(index, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write record " + index, e);
    }
    return JsonParser.parseString(text.toString()).getAsJsonObject();
  }
}

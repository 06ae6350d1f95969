package com.classtag.clever.testing.standin;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.model.District;
import com.classtag.clever.model.DuplicateUser;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.standin.internal.AppendedSource;
import com.classtag.clever.testing.standin.internal.EventSchool;
import com.classtag.clever.testing.standin.internal.ModelJson;
import com.classtag.clever.testing.standin.internal.StoredRecord;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A district held as typed {@code clever-model} objects, for the stand-in to serve: a {@link
 * RosterSnapshot}, or any records and events a test builds. Each record is written once, with the
 * model's own codec, so the stand-in serves exactly what the model would write. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CleverStandIn clever = CleverStandIn.builder(ModelData.of(snapshot)).start();
 * CleverData tiny = ModelData.builder().add(district).add(school).add(maria).events(List.of(created)).build();
 * }</pre>
 */
public final class ModelData implements CleverData {
  private static final List<String> ROLES =
      List.of("student", "teacher", "staff", "district_admin", "contact");

  private final String districtId;
  private final Map<String, RecordSource> collections;
  private final RecordSource users;
  private final Map<String, RecordSource> usersByRole;
  private final List<IndexedEvent> events;

  private ModelData(Builder builder) {
    this.districtId = builder.districtId;
    Map<String, RecordSource> sources = new HashMap<>();
    builder.collections.forEach(
        (name, records) -> sources.put(name, AppendedSource.of(List.copyOf(records.values()))));
    for (String name :
        List.of("districts", "schools", "sections", "terms", "courses", "resources")) {
      sources.putIfAbsent(name, AppendedSource.of(List.of()));
    }
    RecordSource allUsers = sources.remove("users");
    this.users = allUsers == null ? AppendedSource.of(List.of()) : allUsers;
    this.collections = Map.copyOf(sources);
    Map<String, RecordSource> byRole = new HashMap<>();
    ROLES.forEach(role -> byRole.put(role, AppendedSource.of(builder.usersWithRole(role))));
    this.usersByRole = Map.copyOf(byRole);
    this.events = List.copyOf(builder.events);
  }

  /**
   * Returns the data of a snapshot: its district, schools, users, sections, terms and courses, and
   * no events.
   *
   * @param snapshot the roster
   * @return the data
   * @throws IllegalArgumentException if two records of a collection share an id
   */
  public static ModelData of(RosterSnapshot snapshot) {
    return builder().add(snapshot).build();
  }

  /** {@return a builder of data from model objects; its one district is required} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String districtId() {
    return districtId;
  }

  @Override
  public Optional<RecordSource> collection(String name) {
    return Optional.ofNullable(collections.get(name));
  }

  @Override
  public Optional<RecordSource> users(Optional<String> role) {
    return role.isEmpty() ? Optional.of(users) : Optional.ofNullable(usersByRole.get(role.get()));
  }

  @Override
  public RecordSource events(Set<String> recordTypes, Optional<String> school) {
    List<StoredRecord> kept = new ArrayList<>();
    for (IndexedEvent event : events) {
      if ((recordTypes.isEmpty() || recordTypes.contains(event.recordType()))
          && (school.isEmpty() || school.equals(event.school()))) {
        kept.add(event.record());
      }
    }
    return AppendedSource.of(kept);
  }

  /** Returns the district's id and the number of users; never record data. */
  @Override
  public String toString() {
    return "ModelData{district="
        + districtId
        + ", users="
        + users.size()
        + ", events="
        + events.size()
        + "}";
  }

  /** An event with what the Events API's filters look at. */
  private record IndexedEvent(StoredRecord record, String recordType, Optional<String> school) {}

  /** Collects model objects for a {@link ModelData}. Not thread-safe. */
  public static final class Builder {
    private String districtId;
    private final Map<String, TreeMap<String, StoredRecord>> collections = new HashMap<>();
    private final Map<String, JsonObject> userRoles = new HashMap<>();
    private final List<IndexedEvent> events = new ArrayList<>();
    private String lastEventId = "";

    private Builder() {}

    /**
     * Adds every record of a snapshot. Of a user id the snapshot read more than once with every
     * copy equal (a page re-read after a retry), the one record is served.
     *
     * @param snapshot the roster
     * @return this builder
     * @throws IllegalArgumentException if a record's id is already held in its collection, or the
     *     snapshot holds differing copies of a user id: the stand-in serves one record per id
     */
    public Builder add(RosterSnapshot snapshot) {
      for (DuplicateUser duplicate : snapshot.duplicateUsers()) {
        if (!duplicate.identical()) {
          throw new IllegalArgumentException(
              "the snapshot holds "
                  + duplicate.copies()
                  + " differing copies of user "
                  + duplicate.id()
                  + "; the stand-in serves one record per id");
        }
      }
      add(snapshot.district());
      snapshot.schools().forEach(this::add);
      snapshot.users().forEach(this::add);
      snapshot.sections().forEach(this::add);
      snapshot.terms().forEach(this::add);
      snapshot.courses().forEach(this::add);
      return this;
    }

    /**
     * Adds one record: a district, school, user, section, term, course or resource. The first
     * district added is the one {@code /me} reports.
     *
     * @param record the record
     * @return this builder
     * @throws IllegalArgumentException if the collection already holds its id, or it is of another
     *     type
     */
    public Builder add(CleverRecord record) {
      ModelJson written = ModelJson.of(Objects.requireNonNull(record, "record"));
      TreeMap<String, StoredRecord> records =
          collections.computeIfAbsent(written.collection(), name -> new TreeMap<>());
      if (records.containsKey(written.id())) {
        throw new IllegalArgumentException(
            written.collection() + " already holds a record with id " + written.id());
      }
      records.put(written.id(), new StoredRecord(written.id(), written.json()));
      if (record instanceof District && districtId == null) {
        districtId = written.id();
      } else if (record instanceof User) {
        JsonElement roles = JsonParser.parseString(written.json()).getAsJsonObject().get("roles");
        userRoles.put(
            written.id(),
            roles != null && roles.isJsonObject() ? roles.getAsJsonObject() : new JsonObject());
      }
      return this;
    }

    /**
     * Adds events, which the Events API serves after any added before, in the order given.
     *
     * @param events the events; ids must ascend, as Clever's do, so cursors work
     * @return this builder
     * @throws IllegalArgumentException if an event's id does not sort after the one before it
     */
    public Builder events(List<Event> events) {
      for (Event event : events) {
        if (event.id().compareTo(lastEventId) <= 0) {
          throw new IllegalArgumentException(
              "event "
                  + event.id()
                  + " must sort after event "
                  + lastEventId
                  + ": Clever's event ids ascend, and cursors rely on it");
        }
        lastEventId = event.id();
        String json = CleverJson.EVENT.toJson(event);
        String type = event.type();
        String recordType = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        JsonElement data = JsonParser.parseString(json).getAsJsonObject().get("data");
        JsonElement object =
            data != null && data.isJsonObject() ? data.getAsJsonObject().get("object") : null;
        Optional<String> school =
            object != null && object.isJsonObject()
                ? EventSchool.of(recordType, object.getAsJsonObject())
                : Optional.empty();
        this.events.add(new IndexedEvent(new StoredRecord(event.id(), json), recordType, school));
      }
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws IllegalStateException if no district was added: {@code /me} needs one
     */
    public ModelData build() {
      if (districtId == null) {
        throw new IllegalStateException("add a District: /me and every record's district need one");
      }
      return new ModelData(this);
    }

    private List<StoredRecord> usersWithRole(String key) {
      List<StoredRecord> kept = new ArrayList<>();
      TreeMap<String, StoredRecord> all = collections.getOrDefault("users", new TreeMap<>());
      all.forEach(
          (id, record) -> {
            if (userRoles.get(id).has(key)) {
              kept.add(record);
            }
          });
      return kept;
    }
  }
}

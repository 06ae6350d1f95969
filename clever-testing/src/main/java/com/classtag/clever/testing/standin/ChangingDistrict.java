package com.classtag.clever.testing.standin;

import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.testing.standin.internal.AppendedSource;
import com.classtag.clever.testing.standin.internal.EventSchool;
import com.classtag.clever.testing.standin.internal.ModelJson;
import com.classtag.clever.testing.standin.internal.OverlaySource;
import com.classtag.clever.testing.standin.internal.StoredRecord;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A district that changes while the stand-in serves it, for tests and examples of incremental sync.
 * It serves another {@link CleverData} as it is until {@link #replace}, {@link #update}, {@link
 * #create} or {@link #delete} changes a record; each change also appends the event Clever sends for
 * it, after the base's own events: {@code <collection>.updated} with the new state and the previous
 * values of the fields that changed, {@code .created} with the new record, {@code .deleted} with
 * the record's last state. Listings, single records, role filters and the Events API all agree, so
 * a roster read before some changes, with the events after its cursor applied, equals a roster read
 * after them.
 *
 * <pre>{@code
 * ChangingDistrict district = ChangingDistrict.of(testDistrict, Clock.systemUTC());
 * try (CleverStandIn clever = CleverStandIn.builder(district).start()) {
 *   // ... read the roster, take a baseline ...
 *   district.replace(Section.builder().from(section).name("Homeroom 2B").build());
 * }
 * }</pre>
 *
 * <p>{@link #create(CleverRecord)} and {@link #replace} take model records. {@link #update} and
 * {@link #create(String, JsonObject)} edit Gson {@link JsonObject}s in Clever's v3.0 wire format,
 * and nothing checks that such an edit keeps a record valid, so a test can also serve malformed
 * data. {@link #expireEvents()} forgets the event history, as Clever does after 30 days.
 *
 * <p>Thread-safe: changes may be made while the stand-in serves requests, and each request sees the
 * district wholly before or wholly after a change.
 */
public final class ChangingDistrict implements CleverData {
  /** The collections whose records change, each with events of that record type. */
  private static final Set<String> COLLECTIONS =
      Set.of("districts", "schools", "users", "sections", "terms", "courses", "resources");

  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private final CleverData base;
  private final Clock clock;
  private final BigInteger lastBaseEvent;
  private volatile State state = new State(Map.of(), List.of(), true, 0);

  private ChangingDistrict(CleverData base, Clock clock, BigInteger lastBaseEvent) {
    this.base = base;
    this.clock = clock;
    this.lastBaseEvent = lastBaseEvent;
  }

  /**
   * Returns a district that serves {@code base} until it is changed.
   *
   * @param base the district as it starts; it is never changed
   * @param clock stamps the {@code created} time of the events of changes
   * @return the district
   * @throws IllegalArgumentException if the base's last event id is not a hexadecimal number, as
   *     Clever's 24-digit ids are, so new event ids could not be made to sort after it
   */
  public static ChangingDistrict of(CleverData base, Clock clock) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(clock, "clock");
    RecordSource events = base.events(Set.of(), Optional.empty());
    BigInteger last = BigInteger.ZERO;
    if (events.size() > 0) {
      String id = events.id(events.size() - 1);
      try {
        last = new BigInteger(id, 16);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "the base's last event id " + id + " is not hexadecimal", e);
      }
    }
    return new ChangingDistrict(base, clock, last);
  }

  /**
   * Returns a record as the stand-in now serves it.
   *
   * @param collection {@code districts}, {@code schools}, {@code users}, {@code sections}, {@code
   *     terms}, {@code courses} or {@code resources}
   * @param id the record's id
   * @return a copy of the record, free to edit
   * @throws IllegalArgumentException if the collection is not one of those, or has no record with
   *     that id
   */
  public JsonObject record(String collection, String id) {
    return JsonParser.parseString(
            current(state, checked(collection), id).orElseThrow(() -> noRecord(collection, id)))
        .getAsJsonObject();
  }

  /**
   * Changes a record and appends a {@code <collection>.updated} event.
   *
   * @param collection the collection, as for {@link #record}
   * @param id the record's id
   * @param edit changes a copy of the record; it must change something, and not the id
   * @return the event's id
   * @throws IllegalArgumentException if the collection or record does not exist, or the edit
   *     changed the id or nothing
   */
  public synchronized String update(String collection, String id, Consumer<JsonObject> edit) {
    JsonObject before = record(collection, id);
    JsonObject after = before.deepCopy();
    edit.accept(after);
    if (!idOf(after).equals(Optional.of(id))) {
      throw new IllegalArgumentException(
          "an update of " + collection + " " + id + " must not change its id");
    }
    JsonObject previous = new JsonObject();
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    for (String field : fields) {
      if (!Objects.equals(before.get(field), after.get(field))) {
        previous.add(field, before.has(field) ? before.get(field) : JsonNull.INSTANCE);
      }
    }
    if (previous.size() == 0) {
      throw new IllegalArgumentException(
          "the update of " + collection + " " + id + " changed nothing");
    }
    JsonObject data = new JsonObject();
    data.add("object", after);
    data.add("previous_attributes", previous);
    return change(collection, id, Optional.of(after), "updated", data);
  }

  /**
   * Adds a record and appends a {@code <collection>.created} event.
   *
   * @param collection the collection, as for {@link #record}
   * @param record the new record; its {@code id} must be one the collection does not hold
   * @return the event's id
   * @throws IllegalArgumentException if the collection does not exist, the record has no string id,
   *     or the collection already holds that id
   */
  public synchronized String create(String collection, JsonObject record) {
    String id =
        idOf(record)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a record created in " + collection + " needs a string id"));
    if (current(state, checked(collection), id).isPresent()) {
      throw new IllegalArgumentException(collection + " already holds " + id);
    }
    JsonObject created = record.deepCopy();
    JsonObject data = new JsonObject();
    data.add("object", created);
    return change(collection, id, Optional.of(created), "created", data);
  }

  /**
   * Adds a record built with the model's builders and appends a {@code <collection>.created} event.
   *
   * @param record a school, user, section, term, course or resource whose id its collection does
   *     not hold
   * @return the event's id
   * @throws IllegalArgumentException if the stand-in serves no collection of its type, or the
   *     collection already holds its id
   */
  public String create(CleverRecord record) {
    ModelJson written = ModelJson.of(record);
    return create(written.collection(), JsonParser.parseString(written.json()).getAsJsonObject());
  }

  /**
   * Replaces a record with a new version built with the model's builders, such as {@code
   * Section.builder().from(section).name("Math 7 Honors").build()}, and appends a {@code
   * <collection>.updated} event with the previous values of the fields that changed.
   *
   * @param record the record's new version; its id names the record to replace
   * @return the event's id
   * @throws IllegalArgumentException if the stand-in serves no collection of its type, the
   *     collection holds no record with its id, or the new version changes nothing
   */
  public String replace(CleverRecord record) {
    ModelJson written = ModelJson.of(record);
    JsonObject replacement = JsonParser.parseString(written.json()).getAsJsonObject();
    return update(
        written.collection(),
        written.id(),
        current -> {
          List.copyOf(current.keySet()).forEach(current::remove);
          replacement.entrySet().forEach(field -> current.add(field.getKey(), field.getValue()));
        });
  }

  /**
   * Removes a record and appends a {@code <collection>.deleted} event carrying its last state.
   *
   * @param collection the collection, as for {@link #record}, except {@code districts}: a
   *     district-app token always sees its district
   * @param id the record's id
   * @return the event's id
   * @throws IllegalArgumentException if the collection or record does not exist, or it is the
   *     district
   */
  public synchronized String delete(String collection, String id) {
    if (collection.equals("districts")) {
      throw new IllegalArgumentException(
          "the district cannot be deleted; a district-app token always sees it");
    }
    JsonObject data = new JsonObject();
    data.add("object", record(collection, id));
    return change(collection, id, Optional.empty(), "deleted", data);
  }

  /**
   * Forgets every event so far, as Clever does once events are 30 days old: a cursor taken before
   * this call is then unknown ({@code GET /events/{cursor}} answers 404), and the next event is the
   * first listed.
   */
  public synchronized void expireEvents() {
    State now = state;
    state = new State(now.changes(), now.events(), false, now.events().size());
  }

  @Override
  public String districtId() {
    return base.districtId();
  }

  @Override
  public Optional<RecordSource> collection(String name) {
    State now = state;
    return base.collection(name)
        .map(source -> overlay(source, now.changes().get(name), Optional.empty()));
  }

  @Override
  public Optional<RecordSource> users(Optional<String> role) {
    State now = state;
    return base.users(role).map(source -> overlay(source, now.changes().get("users"), role));
  }

  @Override
  public RecordSource events(Set<String> recordTypes, Optional<String> school) {
    State now = state;
    List<StoredRecord> appended = new ArrayList<>();
    for (LoggedEvent event : now.events().subList(now.firstKept(), now.events().size())) {
      if ((recordTypes.isEmpty() || recordTypes.contains(event.recordType()))
          && (school.isEmpty() || school.equals(event.school()))) {
        appended.add(event.record());
      }
    }
    return now.baseEventsKept()
        ? AppendedSource.after(base.events(recordTypes, school), appended)
        : AppendedSource.of(appended);
  }

  /**
   * Records a change and its event, replacing the state whole.
   *
   * @param after the record's state after the change, or empty once deleted
   * @param data the event's {@code data}: the {@code object}, and {@code previous_attributes} for
   *     an update
   */
  private String change(
      String collection, String id, Optional<JsonObject> after, String action, JsonObject data) {
    State now = state;
    Map<String, SortedMap<String, Optional<Revision>>> changes = new HashMap<>(now.changes());
    SortedMap<String, Optional<Revision>> ofCollection =
        new TreeMap<>(changes.getOrDefault(collection, Collections.emptySortedMap()));
    ofCollection.put(id, after.map(Revision::of));
    changes.put(collection, Collections.unmodifiableSortedMap(ofCollection));

    String eventId =
        String.format("%024x", lastBaseEvent.add(BigInteger.valueOf(now.events().size() + 1L)));
    JsonObject event = new JsonObject();
    event.addProperty("created", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
    event.add("data", data);
    event.addProperty("id", eventId);
    event.addProperty("type", collection + "." + action);
    List<LoggedEvent> events = new ArrayList<>(now.events());
    events.add(
        new LoggedEvent(
            new StoredRecord(eventId, GSON.toJson(event)),
            collection,
            EventSchool.of(collection, data.getAsJsonObject("object"))));

    state =
        new State(Map.copyOf(changes), List.copyOf(events), now.baseEventsKept(), now.firstKept());
    return eventId;
  }

  /** Returns the record's JSON as now served, or empty if the collection does not hold it. */
  private Optional<String> current(State now, String collection, String id) {
    SortedMap<String, Optional<Revision>> changed = now.changes().get(collection);
    if (changed != null && changed.containsKey(id)) {
      return changed.get(id).map(Revision::json);
    }
    Optional<RecordSource> source =
        collection.equals("users") ? base.users(Optional.empty()) : base.collection(collection);
    int index = source.map(s -> s.indexOf(id)).orElse(-1);
    if (index < 0) {
      return Optional.empty();
    }
    StringWriter text = new StringWriter();
    try (JsonWriter out = new JsonWriter(text)) {
      out.setHtmlSafe(false);
      source.get().write(index, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + collection + " " + id, e);
    }
    return Optional.of(text.toString());
  }

  /**
   * Returns the collection with its changes, keeping only records that hold {@code role} when
   * given.
   */
  private static RecordSource overlay(
      RecordSource source, SortedMap<String, Optional<Revision>> changes, Optional<String> role) {
    if (changes == null) {
      return source;
    }
    SortedMap<String, Optional<String>> visible = new TreeMap<>();
    changes.forEach(
        (id, revision) ->
            visible.put(
                id,
                revision
                    .filter(r -> role.isEmpty() || r.roles().contains(role.get()))
                    .map(Revision::json)));
    return new OverlaySource(source, visible);
  }

  private static String checked(String collection) {
    if (!COLLECTIONS.contains(collection)) {
      throw new IllegalArgumentException(
          "cannot change "
              + collection
              + "; the collections that change are "
              + new TreeSet<>(COLLECTIONS));
    }
    return collection;
  }

  private static IllegalArgumentException noRecord(String collection, String id) {
    return new IllegalArgumentException(collection + " holds no record " + id);
  }

  private static Optional<String> idOf(JsonObject record) {
    JsonElement id = record.get("id");
    return id != null && id.isJsonPrimitive() && id.getAsJsonPrimitive().isString()
        ? Optional.of(id.getAsString())
        : Optional.empty();
  }

  /**
   * Everything that changed, replaced whole on each change.
   *
   * @param changes by collection, then by id: the record's state, or empty once deleted
   * @param events the events of the changes, oldest first
   * @param baseEventsKept whether the base's own events are still served
   * @param firstKept the first of {@code events} still served
   */
  private record State(
      Map<String, SortedMap<String, Optional<Revision>>> changes,
      List<LoggedEvent> events,
      boolean baseEventsKept,
      int firstKept) {}

  /** An event of a change, with what the Events API's filters look at. */
  private record LoggedEvent(StoredRecord record, String recordType, Optional<String> school) {}

  /** A record's state after a change, and the roles it holds, for role-filtered user listings. */
  private record Revision(String json, Set<String> roles) {
    static Revision of(JsonObject record) {
      JsonElement roles = record.get("roles");
      Set<String> held =
          roles != null && roles.isJsonObject()
              ? Set.copyOf(roles.getAsJsonObject().keySet())
              : Set.of();
      return new Revision(GSON.toJson(record), held);
    }
  }

  /** Returns the number of changes; never any record data. */
  @Override
  public String toString() {
    return "ChangingDistrict{district=" + districtId() + ", changes=" + state.events().size() + "}";
  }
}

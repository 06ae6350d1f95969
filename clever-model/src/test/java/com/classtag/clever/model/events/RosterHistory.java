package com.classtag.clever.model.events;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.Grade;
import com.classtag.clever.model.JsonValue;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.Roles;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.StudentRole;
import com.classtag.clever.model.TeacherRole;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A generated district and a random history of changes to it, told both ways: as the roster after
 * every change (what a full read at that moment returns) and as the Events API events of the
 * changes. Changes are creations (new ids and re-shares of deleted ones), updates, deletions,
 * district updates, and events a roster must skip (resources, unknown record types, unknown
 * actions). Deterministic for a seed. Test code.
 */
public final class RosterHistory {
  private static final String DISTRICT_ID = "64d9e1a2f3c4b50001a2b3c4";
  private static final List<Grade> GRADES =
      List.of(
          Grade.KINDERGARTEN,
          Grade.of("1"),
          Grade.of("6"),
          Grade.of("12"),
          Grade.of("PostGraduate"));

  private final List<RosterSnapshot> rosters = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private RosterHistory() {}

  /**
   * Generates a history.
   *
   * @param seed the random seed
   * @param size about how many records of each kind the district starts with
   * @param changes how many events the history has
   */
  public static RosterHistory generate(long seed, int size, int changes) {
    RosterHistory h = new RosterHistory();
    World w = new World(new Random(seed));
    w.populate(size);
    h.rosters.add(w.roster());
    for (int i = 0; i < changes; i++) {
      Event e = w.change();
      // Through the wire format, so the events are exactly what the client would hand over.
      h.events.add(CleverJson.EVENT.fromJson(CleverJson.EVENT.toJson(e)));
      h.rosters.add(w.roster());
    }
    return h;
  }

  /** Returns the roster as a full read returns it after the first {@code eventCount} events. */
  public RosterSnapshot rosterAfter(int eventCount) {
    return rosters.get(eventCount);
  }

  /** Returns the roster before any event. */
  public RosterSnapshot first() {
    return rosters.get(0);
  }

  /** Returns the roster after every event. */
  public RosterSnapshot last() {
    return rosters.get(rosters.size() - 1);
  }

  /** Returns every event, oldest first. */
  public List<Event> events() {
    return List.copyOf(events);
  }

  /** Returns the events {@code from} (inclusive) to {@code to} (exclusive). */
  public List<Event> events(int from, int to) {
    return List.copyOf(events.subList(from, to));
  }

  /** The district's current state, kept sorted by id as Clever lists it. */
  private static final class World {
    final Random random;
    final TreeMap<String, School> schools = new TreeMap<>();
    final TreeMap<String, User> users = new TreeMap<>();
    final TreeMap<String, Section> sections = new TreeMap<>();
    final TreeMap<String, Term> terms = new TreeMap<>();
    final TreeMap<String, Course> courses = new TreeMap<>();
    // Per kind: Clever ids are never reused for another kind of record, but a deleted record can
    // come back.
    final Map<String, List<String>> deleted = new java.util.HashMap<>();
    District district =
        District.builder().id(DISTRICT_ID).name("Springfield Public Schools").build();
    long nextId = 0x65a0b1c2d3e4f500L;
    long nextEvent = 0x70a0b1c2d3e4f500L;
    int version;

    World(Random random) {
      this.random = random;
    }

    void populate(int size) {
      for (int i = 0; i < size; i++) {
        for (String kind : List.of("schools", "terms", "courses", "users", "users", "sections")) {
          put(kind, create(kind, newId()));
        }
      }
    }

    RosterSnapshot roster() {
      return RosterSnapshot.builder()
          .district(district)
          .schools(schools.values())
          .users(users.values())
          .sections(sections.values())
          .terms(terms.values())
          .courses(courses.values())
          .build();
    }

    /** Makes one random change and returns its event. */
    Event change() {
      String kind =
          List.of("schools", "users", "users", "users", "sections", "sections", "terms", "courses")
              .get(random.nextInt(8));
      TreeMap<String, ? extends CleverRecord> table = table(kind);
      int dice = random.nextInt(20);
      if (dice == 0) {
        district = District.builder().from(district).name("District v" + (++version)).build();
        return event("districts.updated", district, true);
      }
      if (dice == 1) {
        return noise();
      }
      if (dice <= 5 || table.isEmpty()) {
        List<String> gone = deleted.computeIfAbsent(kind, k -> new ArrayList<>());
        String id = !gone.isEmpty() && random.nextInt(4) == 0 ? gone.remove(0) : newId();
        CleverRecord record = create(kind, id);
        put(kind, record);
        return event(kind + ".created", record, false);
      }
      String id = new ArrayList<>(table.keySet()).get(random.nextInt(table.size()));
      if (dice <= 9) {
        CleverRecord gone = table.remove(id);
        deleted.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        return event(kind + ".deleted", gone, false);
      }
      CleverRecord updated = create(kind, id);
      put(kind, updated);
      return event(kind + ".updated", updated, true);
    }

    /** An event a roster cannot apply: it must be reported and change nothing. */
    private Event noise() {
      String id = newId();
      switch (random.nextInt(3)) {
        case 0:
          return Event.builder()
              .id(newEventId())
              .type("resources.created")
              .object(
                  com.classtag.clever.model.Resource.builder().id(id).title("Reading app").build())
              .build();
        case 1:
          return Event.builder()
              .id(newEventId())
              .type("students.created")
              .rawObject(JsonValue.ofJson("{\"id\":\"" + id + "\",\"grade\":\"5\"}"))
              .build();
        default:
          return Event.builder()
              .id(newEventId())
              .type("sections.archived")
              .object(section(id))
              .build();
      }
    }

    private Event event(String type, CleverRecord record, boolean updated) {
      Event.Builder b =
          Event.builder()
              .id(newEventId())
              .type(type)
              .created("2024-01-09T08:15:42.401Z")
              .object(record);
      if (updated) {
        b.previousAttributes(
            Map.of("last_modified", JsonValue.ofString("2023-08-14T17:02:11.482Z")));
      }
      return b.build();
    }

    private TreeMap<String, ? extends CleverRecord> table(String kind) {
      switch (kind) {
        case "schools":
          return schools;
        case "users":
          return users;
        case "sections":
          return sections;
        case "terms":
          return terms;
        default:
          return courses;
      }
    }

    private void put(String kind, CleverRecord r) {
      switch (kind) {
        case "schools":
          schools.put(r.id(), (School) r);
          break;
        case "users":
          users.put(r.id(), (User) r);
          break;
        case "sections":
          sections.put(r.id(), (Section) r);
          break;
        case "terms":
          terms.put(r.id(), (Term) r);
          break;
        default:
          courses.put(r.id(), (Course) r);
      }
    }

    private CleverRecord create(String kind, String id) {
      Function<String, CleverRecord> maker;
      switch (kind) {
        case "schools":
          maker = this::school;
          break;
        case "users":
          maker = this::user;
          break;
        case "sections":
          maker = this::section;
          break;
        case "terms":
          maker = this::term;
          break;
        default:
          maker = this::course;
      }
      return maker.apply(id);
    }

    private School school(String id) {
      return School.builder()
          .id(id)
          .district(DISTRICT_ID)
          .name("School " + random.nextInt(1000))
          .sisId("S-" + random.nextInt(100))
          .lowGrade(grade())
          .build();
    }

    private User user(String id) {
      String school = schools.isEmpty() ? "64d9e1b5f3c4b50001a2b401" : schools.firstKey();
      Roles roles =
          random.nextBoolean()
              ? Roles.builder().student(StudentRole.atSchool(school).grade(grade()).build()).build()
              : Roles.builder()
                  .teacher(
                      TeacherRole.builder()
                          .school(school)
                          .addSchools(school)
                          .title("Teacher " + random.nextInt(9))
                          .build())
                  .build();
      return User.builder()
          .id(id)
          .district(DISTRICT_ID)
          .name(Name.of("First" + random.nextInt(1000), "Last" + random.nextInt(1000)))
          .email("u" + random.nextInt(100000) + "@example.org")
          .roles(roles)
          .build();
    }

    private Section section(String id) {
      Section.Builder b =
          Section.builder()
              .id(id)
              .district(DISTRICT_ID)
              .name("Section " + random.nextInt(1000))
              .grade(grade());
      users.keySet().stream().limit(random.nextInt(4)).forEach(b::addStudents);
      return b.build();
    }

    private Term term(String id) {
      return Term.builder()
          .id(id)
          .district(DISTRICT_ID)
          .name("Term " + random.nextInt(10))
          .rawStartDate("2024-08-2" + random.nextInt(10))
          .build();
    }

    private Course course(String id) {
      return Course.builder()
          .id(id)
          .district(DISTRICT_ID)
          .name("Course " + random.nextInt(1000))
          .number(Integer.toString(random.nextInt(500)))
          .build();
    }

    private Grade grade() {
      return GRADES.get(random.nextInt(GRADES.size()));
    }

    private String newId() {
      return String.format("%024x", nextId++);
    }

    private String newEventId() {
      return String.format("%024x", nextEvent++);
    }
  }
}

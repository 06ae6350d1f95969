package com.classtag.sync.internal;

import com.classtag.sync.plan.ProvisionalIds;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.AccessRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roster–state join for people, as parallel arrays indexed by a person's position (one position
 * per distinct roster id, in roster order): the roster person, the positions of the app records
 * carrying their source id, and what the passes decide (app ids, scope, guardian counts). Arrays
 * rather than an object per person, because a million-student district has 2.5 million people and
 * the planner must neither chase millions of pointers nor leave millions of objects for the garbage
 * collector.
 */
final class People {
  static final int STUDENT = 1;
  static final int TEACHER = 1 << 1;
  static final int SCHOOL_ADMIN = 1 << 2;
  static final int DISTRICT_ADMIN = 1 << 3;
  static final int CONTACT = 1 << 4;
  static final int STAFF = TEACHER | SCHOOL_ADMIN | DISTRICT_ADMIN;

  /** Flag: a student listed by an in-scope section. */
  static final int IN_SCOPE_STUDENT = 1 << 5;

  /** Flag: a staff member who gets district access. */
  static final int DISTRICT_ACCESS = 1 << 6;

  private static final PersonRole[] ALL_ROLES = PersonRole.values();

  private final IdIndex index;

  /**
   * The roster's people; when it has duplicate or missing ids, {@link #unique} maps positions into
   * it.
   */
  private final List<SourcePerson> list;

  private final int[] unique;
  private final byte[] flags;
  final int count;

  /** Positions of the matching app records in the state's lists, or -1. */
  final int[] studentRecord;

  final int[] staffRecord;
  final int[] contactRecord;

  /**
   * Stands in {@link #studentAppId} and {@link #contactAppId} for the provisional id of a person
   * whose record this plan creates, until someone asks for that id as a string: a first sync
   * creates a million people, and most of their decisions name them by their source ids instead.
   * Compared by identity only.
   */
  private static final String NEW = new String(ProvisionalIds.PREFIX);

  /** App ids (existing or provisional) once synced in that role; null otherwise. */
  private final String[] studentAppId;

  final String[] staffAppId;
  private final String[] contactAppId;

  /** As a student: passing guardian links, saturating at 127. */
  final byte[] guardians;

  /** The buffers of {@link #findAll(List, int, int[])}. */
  private final String[] batch = new String[IdIndex.BATCH];

  private final int[] found = new int[IdIndex.BATCH];

  /**
   * As staff: the app schools the roster gives access to, with the role there, by position; null
   * until the first grant. By position rather than in a map keyed by boxed positions: a large
   * district's teachers are granted access some hundred thousand times a plan.
   */
  private Map<String, AccessRole>[] access;

  /**
   * @param index the people's ids, by position
   * @param flags each position's {@link #roleFlags}; it becomes this join's flags
   */
  People(IdIndex index, List<SourcePerson> list, int[] unique, byte[] flags) {
    this.index = index;
    this.list = list;
    this.unique = unique;
    this.flags = flags;
    count = index.size();
    studentRecord = IdIndex.none(count);
    staffRecord = IdIndex.none(count);
    contactRecord = IdIndex.none(count);
    studentAppId = new String[count];
    staffAppId = new String[count];
    contactAppId = new String[count];
    guardians = new byte[count];
  }

  /** Records that the plan creates the person's student record, under a provisional id. */
  void createStudent(int p) {
    studentAppId[p] = NEW;
  }

  /** Records the person's existing student record. */
  void linkStudent(int p, String appId) {
    studentAppId[p] = appId;
  }

  /** Returns whether the person is synced as a student: an existing or a new student record. */
  boolean hasStudentApp(int p) {
    return studentAppId[p] != null;
  }

  /** Returns whether the plan creates the person's student record. */
  boolean isNewStudent(int p) {
    return studentAppId[p] == NEW;
  }

  /** Returns whether {@code appId} is the person's existing student record's id. */
  boolean isStudentApp(int p, String appId) {
    String id = studentAppId[p];
    return id != NEW && appId.equals(id);
  }

  /**
   * Returns the id of the person's student record, made on each call if it is provisional; null if
   * the person is not synced as a student.
   */
  String studentAppId(int p) {
    return appId(studentAppId, p, StudentPass.KIND);
  }

  /** Records that the plan creates the person's contact account, under a provisional id. */
  void createContact(int p) {
    contactAppId[p] = NEW;
  }

  /** Records the person's existing contact account. */
  void linkContact(int p, String appId) {
    contactAppId[p] = appId;
  }

  /** Returns whether the plan creates the person's contact account. */
  boolean isNewContact(int p) {
    return contactAppId[p] == NEW;
  }

  /**
   * Returns the id of the person's contact account, made on each call if it is provisional; null if
   * the person is not synced as a contact.
   */
  String contactAppId(int p) {
    return appId(contactAppId, p, ContactPass.KIND);
  }

  /**
   * Returns {@code ids[p]}, or the provisional id it stands for. Not kept: the marker must stay, so
   * that {@link #isNewStudent} and {@link #isNewContact} answer the same before and after, and few
   * callers ask for a new person's id as a string.
   */
  private String appId(String[] ids, int p, String kind) {
    String id = ids[p];
    return id == NEW ? StateIndex.newId(kind, id(p)) : id;
  }

  /** Returns the flags of a person's roles. */
  static byte roleFlags(SourcePerson p) {
    int f = 0;
    for (PersonRole role : ALL_ROLES) {
      if (p.hasRole(role)) {
        f |= bit(role);
      }
    }
    return (byte) f;
  }

  private static int bit(PersonRole role) {
    switch (role) {
      case STUDENT:
        return STUDENT;
      case TEACHER:
        return TEACHER;
      case SCHOOL_ADMIN:
        return SCHOOL_ADMIN;
      case DISTRICT_ADMIN:
        return DISTRICT_ADMIN;
      default:
        return CONTACT;
    }
  }

  /** Returns the position of a person id, or -1. */
  int find(String id) {
    return index.get(id);
  }

  /**
   * Finds {@code ids[0..n)} together, {@code n} at most {@link IdIndex#BATCH}: {@code positions[i]}
   * is the position of {@code ids[i]}, or -1 if it is absent or null. Much faster than {@code n}
   * calls of {@link #find(String)} for millions of lookups: see {@link IdIndex#getAll}.
   */
  void findAll(String[] ids, int n, int[] positions) {
    index.getAll(ids, n, positions);
  }

  /**
   * Finds every id of a list as {@link #find(String, int)} would, a batch at a time (see {@link
   * #findAll(String[], int, int[])}): {@code positions[i]} is the position of {@code ids.get(i)} if
   * that person holds all of {@code roles}, else -1.
   *
   * @param positions at least as long as {@code ids}
   */
  void findAll(List<String> ids, int roles, int[] positions) {
    for (int start = 0; start < ids.size(); start += IdIndex.BATCH) {
      int n = Math.min(IdIndex.BATCH, ids.size() - start);
      for (int i = 0; i < n; i++) {
        batch[i] = ids.get(start + i);
      }
      index.getAll(batch, n, found);
      for (int i = 0; i < n; i++) {
        int p = found[i];
        positions[start + i] = p >= 0 && is(p, roles) ? p : -1;
      }
    }
  }

  /** Returns the position of a person id who holds all of {@code roles}, or -1. */
  int find(String id, int roles) {
    int p = index.get(id);
    return p >= 0 && is(p, roles) ? p : -1;
  }

  /**
   * Returns the position of a person id who holds all of {@code roles}, or -1, trying position
   * {@code guess} first: inputs listed in roster order (a contact's guardian links follow the
   * contacts) then find each person by a comparison with the next id instead of a probe into a
   * table of millions.
   */
  int findFrom(int guess, String id, int roles) {
    if (guess >= 0 && guess < count) {
      String key = index.key(guess);
      if (key.hashCode() == id.hashCode() && key.equals(id)) {
        return is(guess, roles) ? guess : -1;
      }
    }
    return find(id, roles);
  }

  /** Returns the roster person at a position. */
  SourcePerson person(int p) {
    return list.get(unique == null ? p : unique[p]);
  }

  String id(int p) {
    return index.key(p);
  }

  /** Returns whether the person holds every flag in {@code mask}. */
  boolean is(int p, int mask) {
    return (flags[p] & mask) == mask;
  }

  /** Returns whether the person holds any flag in {@code mask}. */
  boolean any(int p, int mask) {
    return (flags[p] & mask) != 0;
  }

  void set(int p, int flag) {
    flags[p] |= (byte) flag;
  }

  void countGuardian(int p) {
    if (guardians[p] < Byte.MAX_VALUE) {
      guardians[p]++;
    }
  }

  /** Grants access to an app school; admin wins over teacher. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  void grant(int p, String school, AccessRole role) {
    if (access == null) {
      access = new Map[count];
    }
    Map<String, AccessRole> m = access[p];
    if (m == null) {
      m = new LinkedHashMap<>(2);
      access[p] = m;
    }
    if (role == AccessRole.ADMIN) {
      m.put(school, role);
    } else {
      m.putIfAbsent(school, role);
    }
  }

  /** Returns the school access the roster gives, empty if none. */
  Map<String, AccessRole> access(int p) {
    Map<String, AccessRole> m = access == null ? null : access[p];
    return m == null ? Map.of() : m;
  }

  /** Returns whether the roster gives the person any staff access the settings sync. */
  boolean syncedStaff(int p) {
    return (access != null && access[p] != null) || is(p, DISTRICT_ACCESS);
  }
}

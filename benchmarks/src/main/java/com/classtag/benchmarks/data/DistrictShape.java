package com.classtag.benchmarks.data;

/**
 * The shape of a synthetic district, as arithmetic, so any user or section can be generated from
 * its index alone and a district of millions never has to exist as JSON all at once.
 *
 * <p>Users are laid out in repeating cycles, for example 9 students, then 10 contacts, then 1 staff
 * member, so a page of consecutive users holds every kind in the same proportion as the whole
 * district, and user ids ascend with the index as Clever lists them. Ids are 24 hex digits shaped
 * like Clever's ObjectIds. Every record is fictional and derives from {@link #SEED} and its index
 * only: the same shape always generates the same bytes.
 */
public final class DistrictShape {
  /** The seed every random choice derives from. */
  public static final long SEED = 0x5EED_C1A5_5L;

  /** How many schools the district has. */
  public static final int SCHOOLS = 12;

  /** How many terms the district has; sections are spread over them. */
  public static final int TERMS = 2;

  /** How many courses the district has; sections are spread over them. */
  public static final int COURSES = 400;

  private final int studentsPerCycle;
  private final int contactsPerCycle;
  private final int staffPerCycle;
  private final int cycleLength;
  private final int cycles;
  private final int sections;

  private DistrictShape(int cycles, int students, int contacts, int staff, int sections) {
    if (cycles < 1 || students < 1 || contacts < 1 || staff < 1 || sections < 0) {
      throw new IllegalArgumentException(
          "a district needs at least one cycle, student, contact and staff member");
    }
    this.studentsPerCycle = students;
    this.contactsPerCycle = contacts;
    this.staffPerCycle = staff;
    this.cycleLength = students + contacts + staff;
    this.cycles = cycles;
    this.sections = sections;
    if ((long) cycles * cycleLength > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many users: " + (long) cycles * cycleLength);
    }
  }

  /**
   * Returns a district of {@code users} users in the proportions of a {@code /users} page without a
   * role filter: per 20 users, 9 students, 10 contacts and 1 staff member.
   *
   * @param users a positive multiple of 20
   * @param sections the number of sections
   * @return the shape
   * @throws IllegalArgumentException if {@code users} is not a positive multiple of 20
   */
  public static DistrictShape mixed(int users, int sections) {
    if (users < 20 || users % 20 != 0) {
      throw new IllegalArgumentException("users must be a positive multiple of 20, was " + users);
    }
    return new DistrictShape(users / 20, 9, 10, 1, sections);
  }

  /**
   * Returns a district of {@code 20 * cycles} students, {@code 30 * cycles} contacts and {@code
   * cycles} staff members: the sync planner's reference district when {@code cycles} is 50,000
   * (1,000,000 students, 1,500,000 contacts).
   *
   * @param cycles the number of 51-user cycles
   * @param sections the number of sections
   * @return the shape
   */
  public static DistrictShape studentsAndGuardians(int cycles, int sections) {
    return new DistrictShape(cycles, 20, 30, 1, sections);
  }

  /** Returns the number of users of every kind. */
  public int users() {
    return cycles * cycleLength;
  }

  /** Returns the number of students. */
  public int students() {
    return cycles * studentsPerCycle;
  }

  /** Returns the number of contacts. */
  public int contacts() {
    return cycles * contactsPerCycle;
  }

  /** Returns the number of staff members. */
  public int staff() {
    return cycles * staffPerCycle;
  }

  /** Returns the number of sections. */
  public int sections() {
    return sections;
  }

  /**
   * Returns the kind of the user at an index.
   *
   * @param user from 0 to {@link #users()} - 1
   * @return the kind
   */
  public UserKind kindOf(int user) {
    int position = user % cycleLength;
    if (position < studentsPerCycle) {
      return UserKind.STUDENT;
    }
    return position < studentsPerCycle + contactsPerCycle ? UserKind.CONTACT : UserKind.STAFF;
  }

  /**
   * Returns the number of the user at an index among the users of its kind.
   *
   * @param user from 0 to {@link #users()} - 1
   * @return the student, contact or staff number, from 0
   */
  public int numberOf(int user) {
    int cycle = user / cycleLength;
    int position = user % cycleLength;
    if (position < studentsPerCycle) {
      return cycle * studentsPerCycle + position;
    }
    if (position < studentsPerCycle + contactsPerCycle) {
      return cycle * contactsPerCycle + position - studentsPerCycle;
    }
    return cycle * staffPerCycle + position - studentsPerCycle - contactsPerCycle;
  }

  /** Returns the id of the user at an index. */
  public String userId(int user) {
    return objectId(0x64da1c0eL + user / 64, 0x8b7f2a0001L, user & 0xffffff);
  }

  /** Returns the id of the student with a number. */
  public String studentId(int student) {
    return userId(student / studentsPerCycle * cycleLength + student % studentsPerCycle);
  }

  /** Returns the id of the contact with a number. */
  public String contactId(int contact) {
    return userId(
        contact / contactsPerCycle * cycleLength + studentsPerCycle + contact % contactsPerCycle);
  }

  /** Returns the id of the staff member with a number. */
  public String staffId(int staff) {
    return userId(
        staff / staffPerCycle * cycleLength
            + studentsPerCycle
            + contactsPerCycle
            + staff % staffPerCycle);
  }

  /** Returns the id of the section at an index. */
  public String sectionId(int section) {
    return objectId(0x64da20aaL + section / 64, 0x8b7f2a0004L, section & 0xffffff);
  }

  /** Returns the district's id. */
  public String districtId() {
    return "64d9e1a2f3c4b50001a2b3c4";
  }

  /** Returns the id of a school, from 0 to {@link #SCHOOLS} - 1. */
  public String schoolId(int school) {
    return objectId(0x64d9e1b5L, 0xf3c4b50001L, 0xa2b400 + school);
  }

  /** Returns the id of a term, from 0 to {@link #TERMS} - 1. */
  public String termId(int term) {
    return objectId(0x64da1f02L, 0x8b7f2a0001L, 0xc40300 + term);
  }

  /** Returns the id of a course, from 0 to {@link #COURSES} - 1. */
  public String courseId(int course) {
    return objectId(0x64da1f4bL, 0x8b7f2a0001L, 0xc40000 + course);
  }

  /** Formats an ObjectId-like id: 8 hex digits of time, 10 of machine and 6 of counter. */
  static String objectId(long time, long machine, long counter) {
    char[] hex = new char[24];
    Hex.put(hex, 0, time, 8);
    Hex.put(hex, 8, machine, 10);
    Hex.put(hex, 18, counter, 6);
    return new String(hex);
  }
}

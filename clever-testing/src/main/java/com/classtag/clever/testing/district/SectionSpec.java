package com.classtag.clever.testing.district;

import com.classtag.clever.model.Grade;
import com.classtag.clever.model.Subject;
import com.classtag.clever.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a test says about one section in {@link DistrictBuilder#section}; everything left unsaid
 * gets a realistic default: a name from the subject and the teacher, subject {@code other}, the
 * school's lowest grade, the district's first term, a course named after the subject, and a new
 * teacher when none is given.
 *
 * <pre>{@code
 * builder.section(s -> s.name("Math 7").subject(Subject.MATH).grade(Grade.GRADE_7).teacher(ada).coTeacher(lin)
 *     .students(28).student(maria));
 * }</pre>
 */
public final class SectionSpec {
  private String name;
  private Subject subject = Subject.OTHER;
  private Grade grade;
  private String period;
  private String course;
  private int term;
  private User teacher;
  private final List<User> coTeachers = new ArrayList<>();
  private int newStudents;
  private final List<User> students = new ArrayList<>();

  SectionSpec() {}

  /**
   * Sets the section's name.
   *
   * @param name the name, such as {@code Math 7}
   * @return this spec
   * @throws IllegalArgumentException if blank
   */
  public SectionSpec name(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a section's name must not be blank");
    }
    this.name = name;
    return this;
  }

  /**
   * Sets the subject (default {@code other}).
   *
   * @param subject the subject
   * @return this spec
   */
  public SectionSpec subject(Subject subject) {
    this.subject = Objects.requireNonNull(subject, "subject");
    return this;
  }

  /**
   * Sets the section's grade, which its new students also get (default: the school's lowest grade).
   *
   * @param grade the grade
   * @return this spec
   */
  public SectionSpec grade(Grade grade) {
    this.grade = Objects.requireNonNull(grade, "grade");
    return this;
  }

  /**
   * Sets the period (default none).
   *
   * @param period such as {@code 2}
   * @return this spec
   */
  public SectionSpec period(String period) {
    this.period = Objects.requireNonNull(period, "period");
    return this;
  }

  /**
   * Sets the name of the course the section teaches; sections naming the same course share it
   * (default: the subject's name).
   *
   * @param course the course's name
   * @return this spec
   */
  public SectionSpec course(String course) {
    this.course = Objects.requireNonNull(course, "course");
    return this;
  }

  /**
   * Puts the section in a term the builder added, counting from 0 in the order added (default 0).
   *
   * @param index the term's index
   * @return this spec
   * @throws IllegalArgumentException if negative
   */
  public SectionSpec term(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("a term index must not be negative, was " + index);
    }
    this.term = index;
    return this;
  }

  /**
   * Sets the primary teacher, one the builder made with {@link DistrictBuilder#teacher}.
   *
   * @param teacher the teacher
   * @return this spec
   */
  public SectionSpec teacher(User teacher) {
    this.teacher = Objects.requireNonNull(teacher, "teacher");
    return this;
  }

  /**
   * Adds a co-teacher, listed in {@code teachers} after the primary teacher.
   *
   * @param coTeacher a teacher the builder made
   * @return this spec
   */
  public SectionSpec coTeacher(User coTeacher) {
    coTeachers.add(Objects.requireNonNull(coTeacher, "coTeacher"));
    return this;
  }

  /**
   * Enrols this many new students, each with demographics, an extension field and the builder's
   * number of contacts.
   *
   * @param count zero or more
   * @return this spec
   * @throws IllegalArgumentException if negative
   */
  public SectionSpec students(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a student count must not be negative, was " + count);
    }
    this.newStudents = count;
    return this;
  }

  /**
   * Enrols a student the builder made, for a student in several sections.
   *
   * @param student the student
   * @return this spec
   */
  public SectionSpec student(User student) {
    students.add(Objects.requireNonNull(student, "student"));
    return this;
  }

  Optional<String> name() {
    return Optional.ofNullable(name);
  }

  Subject subject() {
    return subject;
  }

  Optional<Grade> grade() {
    return Optional.ofNullable(grade);
  }

  Optional<String> period() {
    return Optional.ofNullable(period);
  }

  Optional<String> course() {
    return Optional.ofNullable(course);
  }

  int term() {
    return term;
  }

  Optional<User> teacher() {
    return Optional.ofNullable(teacher);
  }

  List<User> coTeachers() {
    return coTeachers;
  }

  int newStudents() {
    return newStudents;
  }

  List<User> students() {
    return students;
  }
}

package com.classtag.clever.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the golden user fixtures under {@code fixtures/users/}. */
final class UserFixtures {
  static final String STUDENTS_V30_PAGE = "students-v3.0-page.json";
  static final String STUDENT_V31 = "student-v3.1.json";
  static final String TEACHER = "teacher.json";
  static final String MULTI_ROLE_STAFF = "multi-role-staff.json";
  static final String CONTACTS_PAGE = "contacts-page.json";
  static final String EDGE_CASES_PAGE = "edge-cases-page.json";
  static final String ME = "me.json";

  /** The fixtures that are list pages of users. */
  static final List<String> PAGES = List.of(STUDENTS_V30_PAGE, CONTACTS_PAGE, EDGE_CASES_PAGE);

  /** The fixtures that are single-user responses. */
  static final List<String> SINGLES = List.of(STUDENT_V31, TEACHER, MULTI_ROLE_STAFF);

  static final JsonCodec<ListPage<User>> PAGE_CODEC = CleverJson.listPage(CleverJson.USER);
  static final JsonCodec<SingleResponse<User>> SINGLE_CODEC = CleverJson.single(CleverJson.USER);

  private UserFixtures() {}

  static String text(String name) {
    try (InputStream in = UserFixtures.class.getResourceAsStream("/fixtures/users/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ListPage<User> page(String name) {
    return PAGE_CODEC.fromJson(text(name));
  }

  static User single(String name) {
    return SINGLE_CODEC.fromJson(text(name)).data();
  }

  /** Returns every user in every users fixture. */
  static List<User> allUsers() {
    List<User> users = new java.util.ArrayList<>();
    for (String page : PAGES) {
      users.addAll(page(page).records());
    }
    for (String single : SINGLES) {
      users.add(single(single));
    }
    return users;
  }
}

package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Resource;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import java.util.EnumSet;

/**
 * The {@code /users} endpoints. Get it from {@link CleverClient#users()}. Every method throws
 * {@link CleverException} when the call fails; listings return at once and throw it while being
 * read.
 */
public final class Users {
  private final Requester requester;

  Users(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists every user the token sees, of every role: {@code GET /users}.
   *
   * @return the lazy listing
   */
  public AutoPager<User> list() {
    return list(UsersQuery.all());
  }

  /**
   * Lists the users the token sees: {@code GET /users}, every role unless the query names one. A
   * user with several staff roles (teacher, staff, district admin) is one user with one id.
   *
   * @param query the filters
   * @return the lazy listing
   * @throws IllegalArgumentException if the query has a filter this listing does not accept
   */
  public AutoPager<User> list(UsersQuery query) {
    return requester.list(
        requester.listing("/users", query.toQuery("/users", EnumSet.allOf(UserRole.class), false)),
        CleverJson.USER);
  }

  /**
   * Reads a user: {@code GET /users/{id}}.
   *
   * @param id the user's id
   * @return the user
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public User get(String id) {
    return requester.get(
        requester.resource("/users/" + Requester.id("user id", id)), CleverJson.USER);
  }

  /**
   * Reads a user's district: {@code GET /users/{id}/district}.
   *
   * @param id the user's id
   * @return the district
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public District district(String id) {
    return requester.get(
        requester.resource("/users/" + Requester.id("user id", id) + "/district"),
        CleverJson.DISTRICT);
  }

  /**
   * Lists a student's contacts (parents, guardians): {@code GET /users/{id}/mycontacts}.
   *
   * @param id the user's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<User> contacts(String id) {
    return requester.list(
        requester.listing("/users/" + Requester.id("user id", id) + "/mycontacts", new Query()),
        CleverJson.USER);
  }

  /**
   * Lists a teacher's or a contact's students: {@code GET /users/{id}/mystudents}.
   *
   * @param id the user's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<User> students(String id) {
    return requester.list(
        requester.listing("/users/" + Requester.id("user id", id) + "/mystudents", new Query()),
        CleverJson.USER);
  }

  /**
   * Lists a student's teachers: {@code GET /users/{id}/myteachers}.
   *
   * @param id the user's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<User> teachers(String id) {
    return requester.list(
        requester.listing("/users/" + Requester.id("user id", id) + "/myteachers", new Query()),
        CleverJson.USER);
  }

  /**
   * Lists a user's resources: {@code GET /users/{id}/resources}.
   *
   * @param id the user's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Resource> resources(String id) {
    return requester.list(
        requester.listing("/users/" + Requester.id("user id", id) + "/resources", new Query()),
        CleverJson.RESOURCE);
  }

  /**
   * Lists a user's schools: {@code GET /users/{id}/schools}.
   *
   * @param id the user's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<School> schools(String id) {
    return requester.list(
        requester.listing("/users/" + Requester.id("user id", id) + "/schools", new Query()),
        CleverJson.SCHOOL);
  }

  /**
   * Lists only a user's primary school(s): {@code GET /users/{id}/schools?primary=true}.
   *
   * @param id the user's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<School> primarySchools(String id) {
    return requester.list(
        requester.listing(
            "/users/" + Requester.id("user id", id) + "/schools",
            new Query().add("primary", "true")),
        CleverJson.SCHOOL);
  }

  /**
   * Lists a user's sections: {@code GET /users/{id}/sections}.
   *
   * @param id the user's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Section> sections(String id) {
    return requester.list(
        requester.listing("/users/" + Requester.id("user id", id) + "/sections", new Query()),
        CleverJson.SECTION);
  }
}

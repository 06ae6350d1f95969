package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import java.util.EnumSet;

/**
 * The {@code /schools} endpoints. Get it from {@link CleverClient#schools()}. Every method throws
 * {@link CleverException} when the call fails; listings return at once and throw it while being
 * read.
 */
public final class Schools {
  private final Requester requester;

  Schools(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists the schools the token sees: {@code GET /schools}.
   *
   * @return the lazy listing
   */
  public AutoPager<School> list() {
    return requester.list(requester.listing("/schools", new Query()), CleverJson.SCHOOL);
  }

  /**
   * Reads a school: {@code GET /schools/{id}}.
   *
   * @param id the school's id
   * @return the school
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public School get(String id) {
    return requester.get(
        requester.resource("/schools/" + Requester.id("school id", id)), CleverJson.SCHOOL);
  }

  /**
   * Lists a school's courses: {@code GET /schools/{id}/courses}.
   *
   * @param id the school's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Course> courses(String id) {
    return requester.list(
        requester.listing("/schools/" + Requester.id("school id", id) + "/courses", new Query()),
        CleverJson.COURSE);
  }

  /**
   * Reads a school's district: {@code GET /schools/{id}/district}.
   *
   * @param id the school's id
   * @return the district
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public District district(String id) {
    return requester.get(
        requester.resource("/schools/" + Requester.id("school id", id) + "/district"),
        CleverJson.DISTRICT);
  }

  /**
   * Lists a school's sections: {@code GET /schools/{id}/sections}.
   *
   * @param id the school's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Section> sections(String id) {
    return requester.list(
        requester.listing("/schools/" + Requester.id("school id", id) + "/sections", new Query()),
        CleverJson.SECTION);
  }

  /**
   * Lists a school's terms: {@code GET /schools/{id}/terms}.
   *
   * @param id the school's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Term> terms(String id) {
    return requester.list(
        requester.listing("/schools/" + Requester.id("school id", id) + "/terms", new Query()),
        CleverJson.TERM);
  }

  /**
   * Lists a school's users: {@code GET /schools/{id}/users}. Without {@link
   * UsersQuery#primaryOnly()} this includes every user enrolled at or associated with the school,
   * not only those whose primary school it is. Accepts roles staff, student and teacher.
   *
   * @param id the school's id
   * @param query the filters
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws IllegalArgumentException if the query has a filter this listing does not accept
   */
  public AutoPager<User> users(String id, UsersQuery query) {
    return requester.list(
        requester.listing(
            "/schools/" + Requester.id("school id", id) + "/users",
            query.toQuery(
                "/schools/{id}/users",
                EnumSet.of(UserRole.STAFF, UserRole.STUDENT, UserRole.TEACHER),
                true)),
        CleverJson.USER);
  }
}

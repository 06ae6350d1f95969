package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Resource;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import java.util.EnumSet;

/**
 * The {@code /sections} endpoints. Get it from {@link CleverClient#sections()}. Every method throws
 * {@link CleverException} when the call fails; listings return at once and throw it while being
 * read.
 */
public final class Sections {
  private final Requester requester;

  Sections(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists the sections the token sees: {@code GET /sections}.
   *
   * @return the lazy listing
   */
  public AutoPager<Section> list() {
    return requester.list(requester.listing("/sections", new Query()), CleverJson.SECTION);
  }

  /**
   * Reads a section: {@code GET /sections/{id}}.
   *
   * @param id the section's id
   * @return the section
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public Section get(String id) {
    return requester.get(
        requester.resource("/sections/" + Requester.id("section id", id)), CleverJson.SECTION);
  }

  /**
   * Reads a section's course: {@code GET /sections/{id}/course}.
   *
   * @param id the section's id
   * @return the course
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public Course course(String id) {
    return requester.get(
        requester.resource("/sections/" + Requester.id("section id", id) + "/course"),
        CleverJson.COURSE);
  }

  /**
   * Reads a section's district: {@code GET /sections/{id}/district}.
   *
   * @param id the section's id
   * @return the district
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public District district(String id) {
    return requester.get(
        requester.resource("/sections/" + Requester.id("section id", id) + "/district"),
        CleverJson.DISTRICT);
  }

  /**
   * Lists a section's resources: {@code GET /sections/{id}/resources}.
   *
   * @param id the section's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Resource> resources(String id) {
    return requester.list(
        requester.listing(
            "/sections/" + Requester.id("section id", id) + "/resources", new Query()),
        CleverJson.RESOURCE);
  }

  /**
   * Reads a section's school: {@code GET /sections/{id}/school}.
   *
   * @param id the section's id
   * @return the school
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public School school(String id) {
    return requester.get(
        requester.resource("/sections/" + Requester.id("section id", id) + "/school"),
        CleverJson.SCHOOL);
  }

  /**
   * Reads a section's term: {@code GET /sections/{id}/term}.
   *
   * @param id the section's id
   * @return the term
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public Term term(String id) {
    return requester.get(
        requester.resource("/sections/" + Requester.id("section id", id) + "/term"),
        CleverJson.TERM);
  }

  /**
   * Lists a section's users: {@code GET /sections/{id}/users}. Accepts roles student and teacher;
   * no primary filter.
   *
   * @param id the section's id
   * @param query the filters
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws IllegalArgumentException if the query has a filter this listing does not accept
   */
  public AutoPager<User> users(String id, UsersQuery query) {
    return requester.list(
        requester.listing(
            "/sections/" + Requester.id("section id", id) + "/users",
            query.toQuery(
                "/sections/{id}/users", EnumSet.of(UserRole.STUDENT, UserRole.TEACHER), false)),
        CleverJson.USER);
  }
}

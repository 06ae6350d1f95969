package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Resource;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;

/**
 * The {@code /courses} endpoints. Get it from {@link CleverClient#courses()}. Every method throws
 * {@link CleverException} when the call fails; listings return at once and throw it while being
 * read.
 */
public final class Courses {
  private final Requester requester;

  Courses(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists the courses the token sees: {@code GET /courses}.
   *
   * @return the lazy listing
   */
  public AutoPager<Course> list() {
    return requester.list(requester.listing("/courses", new Query()), CleverJson.COURSE);
  }

  /**
   * Reads a course: {@code GET /courses/{id}}.
   *
   * @param id the course's id
   * @return the course
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public Course get(String id) {
    return requester.get(
        requester.resource("/courses/" + Requester.id("course id", id)), CleverJson.COURSE);
  }

  /**
   * Reads a course's district: {@code GET /courses/{id}/district}.
   *
   * @param id the course's id
   * @return the district
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public District district(String id) {
    return requester.get(
        requester.resource("/courses/" + Requester.id("course id", id) + "/district"),
        CleverJson.DISTRICT);
  }

  /**
   * Lists a course's resources: {@code GET /courses/{id}/resources}.
   *
   * @param id the course's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Resource> resources(String id) {
    return requester.list(
        requester.listing("/courses/" + Requester.id("course id", id) + "/resources", new Query()),
        CleverJson.RESOURCE);
  }

  /**
   * Lists a course's schools: {@code GET /courses/{id}/schools}.
   *
   * @param id the course's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<School> schools(String id) {
    return requester.list(
        requester.listing("/courses/" + Requester.id("course id", id) + "/schools", new Query()),
        CleverJson.SCHOOL);
  }

  /**
   * Lists a course's sections: {@code GET /courses/{id}/sections}.
   *
   * @param id the course's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Section> sections(String id) {
    return requester.list(
        requester.listing("/courses/" + Requester.id("course id", id) + "/sections", new Query()),
        CleverJson.SECTION);
  }
}

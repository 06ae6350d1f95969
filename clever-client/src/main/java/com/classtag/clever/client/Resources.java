package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.Resource;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import java.util.EnumSet;

/**
 * The {@code /resources} endpoints (content mapping; the token needs Clever's resources scopes).
 * Get it from {@link CleverClient#resources()}. Every method throws {@link CleverException} when
 * the call fails; listings return at once and throw it while being read.
 */
public final class Resources {
  private final Requester requester;

  Resources(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists the resources the token sees: {@code GET /resources}.
   *
   * @return the lazy listing
   */
  public AutoPager<Resource> list() {
    return requester.list(requester.listing("/resources", new Query()), CleverJson.RESOURCE);
  }

  /**
   * Reads a resource: {@code GET /resources/{id}}.
   *
   * @param id the resource's id
   * @return the resource
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public Resource get(String id) {
    return requester.get(
        requester.resource("/resources/" + Requester.id("resource id", id)), CleverJson.RESOURCE);
  }

  /**
   * Lists a resource's courses: {@code GET /resources/{id}/courses}.
   *
   * @param id the resource's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Course> courses(String id) {
    return requester.list(
        requester.listing(
            "/resources/" + Requester.id("resource id", id) + "/courses", new Query()),
        CleverJson.COURSE);
  }

  /**
   * Lists a resource's sections: {@code GET /resources/{id}/sections}.
   *
   * @param id the resource's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Section> sections(String id) {
    return requester.list(
        requester.listing(
            "/resources/" + Requester.id("resource id", id) + "/sections", new Query()),
        CleverJson.SECTION);
  }

  /**
   * Lists a resource's users: {@code GET /resources/{id}/users}. Accepts roles student and teacher;
   * no primary filter.
   *
   * @param id the resource's id
   * @param query the filters
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws IllegalArgumentException if the query has a filter this listing does not accept
   */
  public AutoPager<User> users(String id, UsersQuery query) {
    return requester.list(
        requester.listing(
            "/resources/" + Requester.id("resource id", id) + "/users",
            query.toQuery(
                "/resources/{id}/users", EnumSet.of(UserRole.STUDENT, UserRole.TEACHER), false)),
        CleverJson.USER);
  }
}

package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.Resource;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;

/**
 * A model record as the stand-in serves it: its collection and its JSON, written by the model's own
 * codec.
 *
 * @param collection the collection's path segment, such as {@code users}
 * @param id the record's id
 * @param json the record as one compact JSON object
 */
public record ModelJson(String collection, String id, String json) {
  /**
   * Writes a record.
   *
   * @param record a district, school, user, section, term, course or resource
   * @return the record's collection and JSON
   * @throws IllegalArgumentException if the stand-in serves no collection of the record's type
   */
  public static ModelJson of(CleverRecord record) {
    if (record instanceof District district) {
      return new ModelJson("districts", district.id(), CleverJson.DISTRICT.toJson(district));
    } else if (record instanceof School school) {
      return new ModelJson("schools", school.id(), CleverJson.SCHOOL.toJson(school));
    } else if (record instanceof User user) {
      return new ModelJson("users", user.id(), CleverJson.USER.toJson(user));
    } else if (record instanceof Section section) {
      return new ModelJson("sections", section.id(), CleverJson.SECTION.toJson(section));
    } else if (record instanceof Term term) {
      return new ModelJson("terms", term.id(), CleverJson.TERM.toJson(term));
    } else if (record instanceof Course course) {
      return new ModelJson("courses", course.id(), CleverJson.COURSE.toJson(course));
    } else if (record instanceof Resource resource) {
      return new ModelJson("resources", resource.id(), CleverJson.RESOURCE.toJson(resource));
    }
    throw new IllegalArgumentException(
        "the stand-in serves no collection of "
            + record.getClass().getSimpleName()
            + " records; events go to the Events API");
  }

  /** Returns the collection and id only: the JSON may hold personal data. */
  @Override
  public String toString() {
    return "ModelJson{" + collection + "/" + id + "}";
  }
}

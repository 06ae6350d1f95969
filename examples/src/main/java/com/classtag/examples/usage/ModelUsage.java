package com.classtag.examples.usage;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Grade;
import com.classtag.clever.model.ListPage;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.PageReader;
import com.classtag.clever.model.StudentRole;
import com.classtag.clever.model.User;
import java.io.StringReader;

/**
 * clever-model in a few lines: read a Clever list response, look at an enum value this SDK version
 * does not know, stream a page record by record, and build a student for a test. The README's model
 * snippet is this file; it is compiled and run by the build, so it cannot rot.
 */
public final class ModelUsage {
  /** One page of {@code GET /v3.0/users?role=student}, as Clever sends it. */
  static final String PAGE =
      """
      {"data": [{"data": {"id": "64da1c0e8b7f2a0001c3d901", "district": "64d9e1a2f3c4b50001a2b3c4",
                          "name": {"first": "Maria", "last": "Lopez"},
                          "roles": {"student": {"school": "64d9e1b5f3c4b50001a2b401", "grade": "14",
                                                "sis_id": "1004521"}}},
                 "uri": "/v3.0/users/64da1c0e8b7f2a0001c3d901"}],
       "links": [{"rel": "self", "uri": "/v3.0/users?role=student"}]}
      """;

  private ModelUsage() {}

  /**
   * Runs the example, printing what it reads.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // A whole page at once: envelope, records and links.
    ListPage<User> page = CleverJson.listPage(CleverJson.USER).fromJson(PAGE);
    for (User user : page.records()) {
      Grade grade = user.roles().student().flatMap(StudentRole::grade).orElseThrow();
      // Grade "14" is not in Clever's spec: it parses, keeps its text, and says it is unknown.
      System.out.println(
          user.id() + " is in grade " + grade.value() + (grade.isKnown() ? "" : " (unknown)"));
    }
    System.out.println("next page: " + page.nextUri().orElse("none"));

    // Record by record, straight from a stream: memory does not grow with the page size.
    try (PageReader<User> reader = PageReader.open(new StringReader(PAGE), CleverJson.USER)) {
      reader.forEachRemaining(user -> System.out.println("streamed " + user.id()));
    }

    // A realistic student for a test, in one line; toString never shows the name.
    User student =
        User.student("64da1c0e8b7f2a0001c3d902", "64d9e1b5f3c4b50001a2b401")
            .name(Name.of("Devon", "Okafor"))
            .build();
    System.out.println(student);
    String json = CleverJson.USER.toJson(student);
    System.out.println("round-trips: " + CleverJson.USER.fromJson(json).equals(student));
  }
}

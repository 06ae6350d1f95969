package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every model's {@code toString} against the rule in the package description: it may show Clever's
 * record ids, codes, counts, record timestamps and the names and numbers of organisations, and
 * nothing else of a person. Each model is read from JSON in which every string field holds a marker
 * naming the field; every string accessor of every model reached must hold its marker (so a new
 * field must be added here), and the {@code toString} of each model reached may show only the
 * markers of {@link #SHOWN}.
 */
class ToStringRuleTest {
  /**
   * The string fields a {@code toString} may show: ids Clever issued, codes, and organisations'
   * data.
   */
  private static final Set<String> SHOWN =
      Set.of(
          "User.id",
          "User.district",
          "StudentRole.legacyId",
          "StudentRole.school",
          "StudentRole.schools",
          "StudentRole.graduationYear",
          "SchoolEnrollment.school",
          "TeacherRole.legacyId",
          "TeacherRole.school",
          "TeacherRole.schools",
          "TeacherRole.district",
          "StaffRole.legacyId",
          "StaffRole.schools",
          "DistrictAdminRole.legacyId",
          "ContactRole.legacyId",
          "StudentRelationship.student",
          "District.id",
          "District.name",
          "District.sisType",
          "District.rawLaunchDate",
          "District.lastSync",
          "District.pauseStart",
          "District.pauseEnd",
          "DistrictContact.id",
          "DistrictContact.district",
          "School.id",
          "School.district",
          "School.name",
          "School.sisId",
          "School.schoolNumber",
          "Section.id",
          "Section.district",
          "Section.school",
          "Section.name",
          "Section.sisId",
          "Section.course",
          "Section.termId",
          "Section.teacher",
          "Section.teachers",
          "Course.id",
          "Course.district",
          "Course.name",
          "Course.number",
          "Term.id",
          "Term.district",
          "Term.name",
          "Term.rawStartDate",
          "Term.rawEndDate",
          "Resource.id",
          "Resource.district",
          "Resource.resourceId",
          "Resource.title",
          "Resource.created",
          "Resource.updated",
          "Me.id",
          "Me.district",
          "Me.type",
          "Me.authorizedBy",
          "Event.id",
          "Event.created");

  /** String accessors that hold a value the codec constrains, so they cannot carry a marker. */
  private static final Set<String> NOT_MARKED = Set.of("Event.type", "Roles.roleNames");

  private static String m(String field) {
    return "\"MK-" + field + "\"";
  }

  private static String user() {
    return "{\"id\":"
        + m("User.id")
        + ",\"district\":"
        + m("User.district")
        + ",\"name\":{\"first\":"
        + m("Name.first")
        + ",\"middle\":"
        + m("Name.middle")
        + ",\"last\":"
        + m("Name.last")
        + "}"
        + ",\"email\":"
        + m("User.email")
        + ",\"created\":"
        + m("User.created")
        + ",\"last_modified\":"
        + m("User.lastModified")
        + ",\"roles\":{"
        + "\"student\":{\"legacy_id\":"
        + m("StudentRole.legacyId")
        + ",\"sis_id\":"
        + m("StudentRole.sisId")
        + ",\"student_number\":"
        + m("StudentRole.studentNumber")
        + ",\"state_id\":"
        + m("StudentRole.stateId")
        + ",\"school\":"
        + m("StudentRole.school")
        + ",\"schools\":["
        + m("StudentRole.schools")
        + "]"
        + ",\"enrollments\":[{\"school\":"
        + m("SchoolEnrollment.school")
        + ",\"start_date\":"
        + m("SchoolEnrollment.startDate")
        + ",\"end_date\":"
        + m("SchoolEnrollment.endDate")
        + "}]"
        + ",\"credentials\":{\"district_username\":"
        + m("Credentials.districtUsername")
        + "}"
        + ",\"email\":"
        + m("StudentRole.email")
        + ",\"dob\":"
        + m("StudentRole.dob")
        + ",\"grade\":\"5\""
        + ",\"graduation_year\":"
        + m("StudentRole.graduationYear")
        + ",\"iep_status\":"
        + m("StudentRole.iepStatus")
        + ",\"unweighted_gpa\":"
        + m("StudentRole.unweightedGpa")
        + ",\"weighted_gpa\":"
        + m("StudentRole.weightedGpa")
        + ",\"location\":{\"address\":"
        + m("Location.address")
        + ",\"city\":"
        + m("Location.city")
        + ",\"state\":"
        + m("Location.state")
        + ",\"zip\":"
        + m("Location.zip")
        + ",\"lat\":"
        + m("Location.lat")
        + ",\"lon\":"
        + m("Location.lon")
        + "}"
        + ",\"preferred_name\":{\"first\":"
        + m("PreferredName.first")
        + ",\"middle\":"
        + m("PreferredName.middle")
        + ",\"last\":"
        + m("PreferredName.last")
        + "}"
        + ",\"created\":"
        + m("StudentRole.created")
        + ",\"last_modified\":"
        + m("StudentRole.lastModified")
        + "}"
        + ",\"teacher\":{\"legacy_id\":"
        + m("TeacherRole.legacyId")
        + ",\"sis_id\":"
        + m("TeacherRole.sisId")
        + ",\"state_id\":"
        + m("TeacherRole.stateId")
        + ",\"teacher_number\":"
        + m("TeacherRole.teacherNumber")
        + ",\"school\":"
        + m("TeacherRole.school")
        + ",\"schools\":["
        + m("TeacherRole.schools")
        + "]"
        + ",\"title\":"
        + m("TeacherRole.title")
        + ",\"district\":"
        + m("TeacherRole.district")
        + ",\"created\":"
        + m("TeacherRole.created")
        + ",\"last_modified\":"
        + m("TeacherRole.lastModified")
        + "}"
        + ",\"staff\":{\"legacy_id\":"
        + m("StaffRole.legacyId")
        + ",\"staff_id\":"
        + m("StaffRole.staffId")
        + ",\"schools\":["
        + m("StaffRole.schools")
        + "],\"title\":"
        + m("StaffRole.title")
        + ",\"department\":"
        + m("StaffRole.department")
        + "}"
        + ",\"district_admin\":{\"legacy_id\":"
        + m("DistrictAdminRole.legacyId")
        + ",\"title\":"
        + m("DistrictAdminRole.title")
        + "}"
        + ",\"contact\":{\"legacy_id\":"
        + m("ContactRole.legacyId")
        + ",\"sis_id\":"
        + m("ContactRole.sisId")
        + ",\"phone\":"
        + m("ContactRole.phone")
        + ",\"student_relationships\":[{\"student\":"
        + m("StudentRelationship.student")
        + ",\"relationship\":\"Parent\",\"type\":\"Parent/Guardian\"}]}"
        + "}}";
  }

  private static final String DISTRICT =
      "{\"id\":"
          + m("District.id")
          + ",\"name\":"
          + m("District.name")
          + ",\"sis_type\":"
          + m("District.sisType")
          + ",\"launch_date\":"
          + m("District.rawLaunchDate")
          + ",\"portal_url\":"
          + m("District.portalUrl")
          + ",\"login_methods\":["
          + m("District.loginMethods")
          + "]"
          + ",\"district_contact\":{\"id\":"
          + m("DistrictContact.id")
          + ",\"title\":"
          + m("DistrictContact.title")
          + ",\"district\":"
          + m("DistrictContact.district")
          + ",\"email\":"
          + m("DistrictContact.email")
          + ",\"name\":{\"first\":"
          + m("Name.first")
          + ",\"middle\":"
          + m("Name.middle")
          + ",\"last\":"
          + m("Name.last")
          + "}}"
          + ",\"last_sync\":"
          + m("District.lastSync")
          + ",\"mdr_number\":"
          + m("District.mdrNumber")
          + ",\"nces_id\":"
          + m("District.ncesId")
          + ",\"error\":"
          + m("District.error")
          + ",\"pause_start\":"
          + m("District.pauseStart")
          + ",\"pause_end\":"
          + m("District.pauseEnd")
          + ",\"last_attendance_sync\":"
          + m("District.lastAttendanceSync")
          + ",\"last_clever_sync\":"
          + m("District.lastCleverSync")
          + "}";

  private static final String SCHOOL =
      "{\"id\":"
          + m("School.id")
          + ",\"district\":"
          + m("School.district")
          + ",\"name\":"
          + m("School.name")
          + ",\"created\":"
          + m("School.created")
          + ",\"last_modified\":"
          + m("School.lastModified")
          + ",\"sis_id\":"
          + m("School.sisId")
          + ",\"school_number\":"
          + m("School.schoolNumber")
          + ",\"state_id\":"
          + m("School.stateId")
          + ",\"nces_id\":"
          + m("School.ncesId")
          + ",\"mdr_number\":"
          + m("School.mdrNumber")
          + ",\"phone\":"
          + m("School.phone")
          + ",\"low_grade\":\"1\",\"high_grade\":\"5\""
          + ",\"location\":{\"address\":"
          + m("Location.address")
          + ",\"city\":"
          + m("Location.city")
          + ",\"state\":"
          + m("Location.state")
          + ",\"zip\":"
          + m("Location.zip")
          + ",\"lat\":"
          + m("Location.lat")
          + ",\"lon\":"
          + m("Location.lon")
          + "}"
          + ",\"principal\":{\"name\":"
          + m("Principal.name")
          + ",\"email\":"
          + m("Principal.email")
          + "}}";

  private static final String SECTION =
      "{\"id\":"
          + m("Section.id")
          + ",\"district\":"
          + m("Section.district")
          + ",\"school\":"
          + m("Section.school")
          + ",\"name\":"
          + m("Section.name")
          + ",\"created\":"
          + m("Section.created")
          + ",\"last_modified\":"
          + m("Section.lastModified")
          + ",\"sis_id\":"
          + m("Section.sisId")
          + ",\"section_number\":"
          + m("Section.sectionNumber")
          + ",\"period\":"
          + m("Section.period")
          + ",\"course\":"
          + m("Section.course")
          + ",\"term_id\":"
          + m("Section.termId")
          + ",\"teacher\":"
          + m("Section.teacher")
          + ",\"teachers\":["
          + m("Section.teachers")
          + "],\"students\":["
          + m("Section.students")
          + "]}";

  private static final String COURSE =
      "{\"id\":"
          + m("Course.id")
          + ",\"district\":"
          + m("Course.district")
          + ",\"name\":"
          + m("Course.name")
          + ",\"number\":"
          + m("Course.number")
          + "}";

  private static final String TERM =
      "{\"id\":"
          + m("Term.id")
          + ",\"district\":"
          + m("Term.district")
          + ",\"name\":"
          + m("Term.name")
          + ",\"start_date\":"
          + m("Term.rawStartDate")
          + ",\"end_date\":"
          + m("Term.rawEndDate")
          + "}";

  private static final String RESOURCE =
      "{\"id\":"
          + m("Resource.id")
          + ",\"district\":"
          + m("Resource.district")
          + ",\"resource_id\":"
          + m("Resource.resourceId")
          + ",\"title\":"
          + m("Resource.title")
          + ",\"created\":"
          + m("Resource.created")
          + ",\"updated\":"
          + m("Resource.updated")
          + "}";

  private static final String ME =
      "{\"id\":"
          + m("Me.id")
          + ",\"district\":"
          + m("Me.district")
          + ",\"type\":"
          + m("Me.type")
          + ",\"authorized_by\":"
          + m("Me.authorizedBy")
          + "}";

  private static final String EVENT =
      "{\"id\":"
          + m("Event.id")
          + ",\"type\":\"users.updated\",\"created\":"
          + m("Event.created")
          + ",\"data\":{\"object\":"
          + user()
          + "}}";

  @Test
  void everyModelShowsOnlyTheFieldsTheRuleAllows() {
    List<Object> models =
        List.of(
            CleverJson.USER.fromJson(user()),
            CleverJson.DISTRICT.fromJson(DISTRICT),
            CleverJson.SCHOOL.fromJson(SCHOOL),
            CleverJson.SECTION.fromJson(SECTION),
            CleverJson.COURSE.fromJson(COURSE),
            CleverJson.TERM.fromJson(TERM),
            CleverJson.RESOURCE.fromJson(RESOURCE),
            CleverJson.ME.fromJson(ME),
            CleverJson.EVENT.fromJson(EVENT));
    Map<String, String> markers = new TreeMap<>();
    List<Object> reached = new ArrayList<>();
    for (Object model : models) {
      walk(model, markers, reached, new IdentityHashMap<>());
    }
    // Every string field of every model reached holds its own marker, so none is left out of the
    // check.
    markers.forEach((field, value) -> assertThat(value).as(field).isEqualTo("MK-" + field));

    Set<String> shown = new TreeSet<>();
    for (Object model : reached) {
      String text = model.toString();
      markers.keySet().stream()
          .filter(
              field ->
                  text.contains("MK-" + field + ",")
                      || text.contains("MK-" + field + "}")
                      || text.contains("MK-" + field + "]"))
          .forEach(shown::add);
    }
    Set<String> personalShown = new TreeSet<>(shown);
    personalShown.removeAll(SHOWN);
    assertThat(personalShown).as("personal fields a toString shows").isEmpty();
    assertThat(shown)
        .as("fields shown")
        .containsExactlyInAnyOrderElementsOf(SHOWN.stream().filter(markers::containsKey).toList());
    assertThat(markers.keySet()).containsAll(SHOWN);
  }

  /**
   * Collects the string accessors of a model and of every model it holds, through their public
   * types.
   */
  private static void walk(
      Object model,
      Map<String, String> markers,
      List<Object> reached,
      IdentityHashMap<Object, Boolean> seen) {
    if (seen.put(model, true) != null) {
      return;
    }
    reached.add(model);
    Class<?> type = publicModelType(model.getClass());
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0
          || !method.getDeclaringClass().getPackageName().equals(CleverJson.class.getPackageName())
          || method.getName().equals("toString")
          || method.getName().equals("hashCode")) {
        continue;
      }
      String field = type.getSimpleName() + "." + method.getName();
      for (Object value : values(invoke(method, model))) {
        if (value instanceof String s) {
          if (!NOT_MARKED.contains(field)) {
            markers.put(field, s);
          }
        } else if (!(value instanceof OpenEnum) && publicModelType(value.getClass()) != null) {
          walk(value, markers, reached, seen);
        }
      }
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(method + " failed", e);
    }
  }

  private static Collection<?> values(Object result) {
    if (result instanceof Optional<?> o) {
      return o.stream().toList();
    }
    if (result instanceof Collection<?> c) {
      return c;
    }
    return result == null ? List.of() : List.of(result);
  }

  /**
   * Returns the public abstract model type behind a generated implementation, or null for other
   * types.
   */
  private static Class<?> publicModelType(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getSuperclass()) {
      if (t.getPackageName().equals(CleverJson.class.getPackageName())
          && Modifier.isPublic(t.getModifiers())
          && Modifier.isAbstract(t.getModifiers())) {
        return t;
      }
    }
    return null;
  }
}

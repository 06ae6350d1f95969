package com.classtag.sync.jdbc.internal;

/**
 * Every statement an apply runs, in the order pending batches are flushed: inserts of objects
 * before the rows that refer to them, then updates, then deletes of links, then link inserts. The
 * order of two pending statements matters only when they touch the same row, and {@link Batches}
 * never lets two decisions that do wait together; so flushing in this order is the same as running
 * every statement in plan order.
 *
 * <p>Updates of an object's fields set every column to {@code CASE WHEN <given> THEN <value> ELSE
 * <column> END}, so one statement (one batch) serves every combination of changed fields. Adds are
 * {@code INSERT ... SELECT ... WHERE NOT EXISTS}, next to an {@code UPDATE} of the same row: the
 * pair means "set, or add if absent" in either order, on H2 and PostgreSQL alike.
 */
enum Sql {
  INSERT_CLASSROOM(
      "INSERT INTO classroom (id, pos, school_id, name, name_edited, grade) VALUES (?, ?, ?, ?, ?, ?)",
      "a classroom"),
  INSERT_CLASSROOM_SECTION(
      "INSERT INTO classroom_section (classroom_id, section_id, sis_id, pos) VALUES (?, ?, ?, ?)",
      "a classroom's first section link"),
  INSERT_STUDENT(
      "INSERT INTO student (id, pos, source_id, sis_id, student_number, legacy_id, first_name,"
          + " last_name, email, grade, display_id, ell_status, frl_status, iep_status) VALUES (?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      "a student record"),
  INSERT_STUDENT_EXTENSION(
      "INSERT INTO student_extension (student_id, field_name, field_value, pos) VALUES (?, ?, ?, ?)",
      "a new student's extension field"),
  INSERT_STAFF(
      "INSERT INTO staff (id, pos, source_id, sis_id, legacy_id, first_name, last_name, email,"
          + " sms_phone, home_phone, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      "a staff account"),
  INSERT_CONTACT(
      "INSERT INTO contact (id, pos, source_id, sis_id, legacy_id, first_name, last_name, email,"
          + " sms_phone, home_phone, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      "a contact account"),
  INSERT_TEACHER(
      "INSERT INTO classroom_teacher (classroom_id, staff_id, teacher_role, added_by, pos) VALUES (?,"
          + " ?, ?, ?, ?)",
      "a new classroom's teacher membership"),
  INSERT_STUDENT_MEMBER(
      "INSERT INTO classroom_student (classroom_id, student_id, added_by, pos) VALUES (?, ?, ?, ?)",
      "a new classroom's student membership"),
  INSERT_SCHOOL_ACCESS(
      "INSERT INTO staff_school_access (staff_id, school_id, access_role, added_by, pos) VALUES (?, ?,"
          + " ?, ?, ?)",
      "a new staff account's school access"),
  INSERT_CONTACT_LINK(
      "INSERT INTO contact_link (contact_id, student_id, link_type, relationship, added_by, pos)"
          + " VALUES (?, ?, ?, ?, ?, ?)",
      "a new contact account's link"),
  UPDATE_CLASSROOM(
      "UPDATE classroom SET name = CASE WHEN ? THEN ? ELSE name END, name_edited = CASE WHEN ? THEN"
          + " FALSE ELSE name_edited END, grade = CASE WHEN ? THEN ? ELSE grade END, school_id = CASE WHEN ?"
          + " THEN ? ELSE school_id END WHERE id = ?",
      "a classroom's name, grade or school"),
  RELINK_SECTION(
      "UPDATE classroom_section SET section_id = ?, sis_id = ? WHERE classroom_id = ? AND section_id = ?",
      "a classroom's section link"),
  ARCHIVE_CLASSROOM(
      "UPDATE classroom SET archived_by = 'SYNC', archived_at = ?, archive_reason = ? WHERE id = ?",
      "a classroom's archive"),
  UNARCHIVE_CLASSROOM(
      "UPDATE classroom SET archived_by = NULL, archived_at = NULL, archive_reason = NULL WHERE id = ?",
      "a classroom's archive"),
  UPDATE_STUDENT(
      "UPDATE student SET source_id = CASE WHEN ? THEN ? ELSE source_id END, sis_id = CASE WHEN ? THEN"
          + " ? ELSE sis_id END, student_number = CASE WHEN ? THEN ? ELSE student_number END, legacy_id ="
          + " CASE WHEN ? THEN ? ELSE legacy_id END, first_name = CASE WHEN ? THEN ? ELSE first_name END,"
          + " last_name = CASE WHEN ? THEN ? ELSE last_name END, email = CASE WHEN ? THEN ? ELSE email END,"
          + " grade = CASE WHEN ? THEN ? ELSE grade END, display_id = CASE WHEN ? THEN ? ELSE display_id END,"
          + " ell_status = CASE WHEN ? THEN ? ELSE ell_status END, frl_status = CASE WHEN ? THEN ? ELSE"
          + " frl_status END, iep_status = CASE WHEN ? THEN ? ELSE iep_status END WHERE id = ?",
      "a student record"),
  UPDATE_STAFF(
      "UPDATE staff SET source_id = CASE WHEN ? THEN ? ELSE source_id END, sis_id = CASE WHEN ? THEN ?"
          + " ELSE sis_id END, legacy_id = CASE WHEN ? THEN ? ELSE legacy_id END, first_name = CASE WHEN ?"
          + " THEN ? ELSE first_name END, last_name = CASE WHEN ? THEN ? ELSE last_name END, email = CASE"
          + " WHEN ? THEN ? ELSE email END, sms_phone = CASE WHEN ? THEN ? ELSE sms_phone END, home_phone ="
          + " CASE WHEN ? THEN ? ELSE home_phone END WHERE id = ?",
      "a staff account"),
  UPDATE_CONTACT(
      "UPDATE contact SET source_id = CASE WHEN ? THEN ? ELSE source_id END, sis_id = CASE WHEN ? THEN"
          + " ? ELSE sis_id END, legacy_id = CASE WHEN ? THEN ? ELSE legacy_id END, first_name = CASE WHEN ?"
          + " THEN ? ELSE first_name END, last_name = CASE WHEN ? THEN ? ELSE last_name END, email = CASE"
          + " WHEN ? THEN ? ELSE email END, sms_phone = CASE WHEN ? THEN ? ELSE sms_phone END, home_phone ="
          + " CASE WHEN ? THEN ? ELSE home_phone END WHERE id = ?",
      "a contact account"),
  ADD_DISTRICT_ACCESS(
      "UPDATE staff SET district_access = COALESCE(district_access, 'SYNC') WHERE id = ?",
      "a staff account's district access"),
  REMOVE_DISTRICT_ACCESS(
      "UPDATE staff SET district_access = NULL WHERE id = ?", "a staff account's district access"),
  DELETE_STUDENT_EXTENSION(
      "DELETE FROM student_extension WHERE student_id = ? AND field_name = ?",
      "a student's extension field"),
  DELETE_TEACHER(
      "DELETE FROM classroom_teacher WHERE classroom_id = ? AND staff_id = ?",
      "a teacher membership"),
  DELETE_STUDENT_MEMBER(
      "DELETE FROM classroom_student WHERE classroom_id = ? AND student_id = ?",
      "a student membership"),
  DELETE_SCHOOL_ACCESS(
      "DELETE FROM staff_school_access WHERE staff_id = ? AND school_id = ?", "a school access"),
  DELETE_CONTACT_LINK(
      "DELETE FROM contact_link WHERE contact_id = ? AND student_id = ?", "a contact link"),
  UPDATE_STUDENT_EXTENSION(
      "UPDATE student_extension SET field_value = ? WHERE student_id = ? AND field_name = ?",
      "a student's extension field"),
  ADD_STUDENT_EXTENSION(
      "INSERT INTO student_extension (student_id, field_name, field_value, pos) SELECT ?, ?, ?, ? FROM"
          + " sync_store WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM student_extension WHERE student_id = ?"
          + " AND field_name = ?)",
      "a student's extension field"),
  UPDATE_TEACHER(
      "UPDATE classroom_teacher SET teacher_role = ? WHERE classroom_id = ? AND staff_id = ?",
      "a teacher membership"),
  ADD_TEACHER(
      "INSERT INTO classroom_teacher (classroom_id, staff_id, teacher_role, added_by, pos) SELECT ?, ?,"
          + " ?, ?, ? FROM sync_store WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM classroom_teacher WHERE"
          + " classroom_id = ? AND staff_id = ?)",
      "a teacher membership"),
  ADD_STUDENT_MEMBER(
      "INSERT INTO classroom_student (classroom_id, student_id, added_by, pos) SELECT ?, ?, ?, ? FROM"
          + " sync_store WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM classroom_student WHERE classroom_id = ?"
          + " AND student_id = ?)",
      "a student membership"),
  MOVE_SCHOOL_ACCESS(
      "UPDATE staff_school_access SET access_role = ?, pos = ? WHERE staff_id = ? AND school_id = ?",
      "a school access"),
  ADD_SCHOOL_ACCESS(
      "INSERT INTO staff_school_access (staff_id, school_id, access_role, added_by, pos) SELECT ?, ?,"
          + " ?, ?, ? FROM sync_store WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM staff_school_access WHERE"
          + " staff_id = ? AND school_id = ?)",
      "a school access"),
  UPDATE_CONTACT_LINK(
      "UPDATE contact_link SET link_type = ?, relationship = ? WHERE contact_id = ? AND student_id = ?",
      "a contact link"),
  ADD_CONTACT_LINK(
      "INSERT INTO contact_link (contact_id, student_id, link_type, relationship, added_by, pos) SELECT"
          + " ?, ?, ?, ?, ?, ? FROM sync_store WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM contact_link WHERE"
          + " contact_id = ? AND student_id = ?)",
      "a contact link"),
  ADD_BASELINE_SECTION(
      "INSERT INTO baseline_section (section_id, pos) SELECT ?, ? FROM sync_store WHERE id = 1 AND NOT"
          + " EXISTS (SELECT 1 FROM baseline_section WHERE section_id = ?)",
      "a baseline section"),
  DELETE_BASELINE_SECTION(
      "DELETE FROM baseline_section WHERE section_id = ?", "a baseline section");

  final String sql;

  /** What the statement writes, for error messages. */
  final String what;

  Sql(String sql, String what) {
    this.sql = sql;
    this.what = what;
  }
}

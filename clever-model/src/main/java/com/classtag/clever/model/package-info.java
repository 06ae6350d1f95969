/**
 * Immutable models of every Clever Data API and Events API v3.0/v3.1 record and envelope.
 *
 * <p>Conventions that hold for every type in this package:
 *
 * <ul>
 *   <li>An optional scalar is an {@link java.util.Optional}: a field that is absent, {@code null}
 *       or {@code ""} on the wire reads as {@link java.util.Optional#empty()}. Lists are never
 *       null; an absent list reads as empty.
 *   <li>Enumerations are open ({@link com.classtag.clever.model.OpenEnum}): a value this version
 *       does not know parses, keeps its raw text and reports {@code isKnown() == false}.
 *   <li>Fields this version does not know are kept in {@code unknownFields()} and written back.
 *   <li>{@code toString()} follows one rule. It may show: the ids Clever issues to records (a
 *       record's {@code id}, the ids of its district, schools, sections, courses, terms and related
 *       records, and Clever's pre-v3 {@code legacy_id}); codes from a fixed list (grade, subject,
 *       role, relationship, LMS status); counts; a record's own timestamps; and the names and
 *       numbers of organisations (district, school, section, course, term, resource). Everything
 *       else about a person shows only that it is present: names, emails, phones, birth dates,
 *       addresses, credentials, demographics, extension fields, enrollment dates, free text such as
 *       titles and departments, and every id a district or state issues to a person ({@code
 *       sis_id}, {@code student_number}, {@code state_id}, {@code teacher_number}, {@code
 *       staff_id}), since those identify a student or parent outside Clever. Unknown fields show
 *       their names only. Trace a record by its Clever {@code id}.
 *   <li>JSON is read and written by {@link com.classtag.clever.model.CleverJson} with streaming
 *       adapters.
 * </ul>
 */
@ValueStyle
package com.classtag.clever.model;

import com.classtag.clever.model.internal.ValueStyle;

/**
 * The app's current state as the planner sees it: schools and their links to source schools,
 * classrooms with their section links, archive flag and memberships, student records, staff
 * accounts with their school access, contact accounts with their links to students, and the
 * baseline of the last sync.
 *
 * <p>Provenance matters: every membership, school access and contact link records whether the sync
 * or a person ({@link com.classtag.sync.state.Actor}) created it, because the planner never touches
 * what a person did unless a setting says so. A classroom with no linked section is a manual
 * classroom and is never touched. Ids of app objects are the app's own; records created by a plan
 * carry the provisional ids the plan gave them. Values are immutable and built with {@code
 * Xxx.builder()}; {@code toString()} never shows names, emails or phones.
 */
@ValueStyle
package com.classtag.sync.state;

import com.classtag.clever.model.internal.ValueStyle;

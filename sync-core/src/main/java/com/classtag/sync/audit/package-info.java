/**
 * The sharing audit: what a district shares with the app that its sync settings never use
 * (overshared, a privacy matter), and what the settings use that the district does not share
 * (missing, a function matter), each with counts, sample ids and the place in Clever's dashboard to
 * fix it.
 *
 * <ul>
 *   <li>{@link com.classtag.sync.audit.SharingAudit} turns a roster, the app state and the settings
 *       into an {@link com.classtag.sync.audit.AuditReport}: a pure function beside the planner,
 *       cheap enough to run with every sync.
 *   <li>A report holds {@link com.classtag.sync.audit.Finding}s, each with a stable {@link
 *       com.classtag.sync.audit.FindingCode} and its {@link com.classtag.sync.audit.Severity}.
 *   <li>{@link com.classtag.sync.audit.AuditText} renders a report for people, {@link
 *       com.classtag.sync.audit.AuditJson} as the JSON documented in {@code docs/audit/README.md}.
 * </ul>
 *
 * <p>Findings are advice, not errors. They name record ids, codes, contact types, relationships and
 * extension field names only: never a student's or a parent's name, email or phone.
 */
@ValueStyle
package com.classtag.sync.audit;

import com.classtag.clever.model.internal.ValueStyle;

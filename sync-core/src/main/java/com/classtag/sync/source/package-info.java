/**
 * The planner's own small roster model: schools, terms, sections, people and guardian links,
 * whatever the roster's origin. The Clever adapter ({@code com.classtag.sync.clever}) maps a Clever
 * snapshot into it; a OneRoster source would be one more adapter.
 *
 * <p>Conventions: every value is immutable and built with {@code Xxx.builder()}. Lists and maps are
 * never null. An optional text that is blank counts as absent. Ids are kept exactly as the source
 * sent them; an empty id is not rejected here but reported by the planner as a {@code MISSING_ID}
 * warning, because bad input must become a warning rather than an exception (rule 10). {@code
 * toString()} never shows names, emails or phones.
 */
@ValueStyle
package com.classtag.sync.source;

import com.classtag.clever.model.internal.ValueStyle;

package com.classtag.sync.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model accessor that returns null for an absent value (the {@code xxxOrNull()} accessors
 * beside the {@code Optional} ones). The Immutables processor recognises it by its simple name and
 * lets the attribute be null; source retention keeps it out of the class files, so consumers need
 * nothing for it.
 *
 * <p>Why the models have such accessors: an {@code Optional} accessor allocates on every read of a
 * present value (Java 17's C2 cannot scalar-replace an object that merges with {@code
 * Optional.EMPTY}), and a nightly plan of a million students reads tens of millions of such values;
 * the planner's passes read the {@code xxxOrNull()} accessors, which return the field
 * (BENCHMARKS.md, section 3).
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {}

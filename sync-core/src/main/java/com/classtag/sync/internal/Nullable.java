package com.classtag.sync.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model accessor that returns null for an absent value (the {@code xxxOrNull()} accessors beside
 * the {@code Optional} ones). The Immutables processor recognises it by its simple name and lets the
 * attribute be null; source retention keeps it out of the class files, so consumers need nothing for it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {}

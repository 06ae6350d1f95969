/**
 * Immutable models of every Clever Data API and Events API v3.0/v3.1 record and envelope.
 *
 * <p>Conventions that hold for every type in this package:
 *
 * <ul>
 *   <li>An optional scalar is an {@link java.util.Optional}: a field that is absent, {@code null} or
 *       {@code ""} on the wire reads as {@link java.util.Optional#empty()}. Lists are never null; an absent
 *       list reads as empty.
 *   <li>Enumerations are open ({@link com.classtag.clever.model.OpenEnum}): a value this version does not
 *       know parses, keeps its raw text and reports {@code isKnown() == false}.
 *   <li>Fields this version does not know are kept in {@code unknownFields()} and written back.
 *   <li>{@code toString()} never shows names, emails, phones, birth dates, addresses, credentials,
 *       extension fields or demographics; ids stay visible.
 *   <li>JSON is read and written by {@link com.classtag.clever.model.CleverJson} with streaming adapters.
 * </ul>
 */
// allowedClasspathAnnotations: generated classes carry no @Generated annotation, so an app that
// compiles against these builders with -Xlint:all -Werror needs no Immutables jar on its classpath.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    allowedClasspathAnnotations = {java.lang.Override.class},
    defaults = @Value.Immutable(copy = true))
package com.classtag.clever.model;

import org.immutables.value.Value;

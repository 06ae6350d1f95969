package com.classtag.clever.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK: every package that generates values is annotated with it, in
 * clever-model and in sync-core alike, so no package can drift to a style of its own.
 *
 * <ul>
 *   <li>Generated classes and their builders are package-private behind the hand-written abstract
 *       type ({@code overshadowImplementation}), so {@code Immutable*} names never show in the API.
 *   <li>{@code allowedClasspathAnnotations} admits {@code @Override} only: no {@code @Generated}
 *       (nor any other Immutables annotation) lands on a class file that a consumer's javac reads,
 *       so an app compiling against the builders with {@code -Xlint:all -Werror} needs no
 *       Immutables jar. The consumer compile test in the {@code consumer-it} module proves it.
 *   <li>An accessor named {@code xxxOrNull()} is the nullable attribute {@code xxx}; the {@code
 *       Optional} accessor beside it is written by hand (sync-core's roster and state values use
 *       this).
 * </ul>
 *
 * <p>Class retention: the annotation processor of a downstream module (sync-core) must read the
 * {@code @Value.Style} on this type from clever-model's class files. Not API: it may change in any
 * release.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    get = {"*OrNull", "*"},
    allowedClasspathAnnotations = {java.lang.Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}

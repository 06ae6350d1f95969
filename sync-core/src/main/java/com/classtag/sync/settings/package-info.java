/**
 * A district's sync settings: one immutable {@link com.classtag.sync.settings.SyncSettings} value whose
 * defaults are ClassTag's documented defaults. Every default is stated on its accessor.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    // No @Generated on generated classes: consumers compiling with -Werror need no Immutables jar.
    allowedClasspathAnnotations = {java.lang.Override.class},
    defaults = @Value.Immutable(copy = true))
package com.classtag.sync.settings;

import org.immutables.value.Value;

/**
 * A district's sync settings: one immutable {@link com.classtag.sync.settings.SyncSettings} value whose
 * defaults are ClassTag's documented defaults. Every default is stated on its accessor.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package com.classtag.sync.settings;

import org.immutables.value.Value;

/**
 * A district's sync settings: one immutable {@link com.classtag.sync.settings.SyncSettings} value
 * whose defaults are ClassTag's documented defaults. Every default is stated on its accessor.
 */
@ValueStyle
package com.classtag.sync.settings;

import com.classtag.clever.model.internal.ValueStyle;

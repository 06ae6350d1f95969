/** How the generated district's records are laid out, numbered and written as Clever JSON. */
package com.classtag.clever.testing.district.internal;

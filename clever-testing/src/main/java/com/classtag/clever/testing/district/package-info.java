/**
 * The demo district: {@link com.classtag.clever.testing.district.GeneratedDistrict} generates a Clever district of any
 * size from a fixed seed, record by record as it is served.
 */
package com.classtag.clever.testing.district;

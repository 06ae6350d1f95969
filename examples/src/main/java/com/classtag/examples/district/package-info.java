/**
 * The demo district: {@link com.classtag.examples.district.DemoDistrict} generates a Clever district of any
 * size from a fixed seed, record by record as it is served.
 */
package com.classtag.examples.district;

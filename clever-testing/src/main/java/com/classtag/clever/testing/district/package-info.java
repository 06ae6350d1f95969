/**
 * Districts for tests: {@link com.classtag.clever.testing.district.TestDistrict#builder()}
 * describes one in Java as typed {@code clever-model} records, {@link
 * com.classtag.clever.testing.district.TestDistrict#generate(long, int)} generates one of any size
 * from a seed, record by record as it is served.
 */
package com.classtag.clever.testing.district;

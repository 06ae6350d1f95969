package com.classtag.examples.demo;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.district.TestDistrict;

/** The demo district: the test kit's generated district with the seed the bundled demo files were made from. */
public final class DemoDistrict {
  /** The seed the bundled app state was generated against. */
  public static final long SEED = 20_260_814L;
  /** The size of the bundled demo district. */
  public static final int DEFAULT_STUDENTS = 1_500;

  private DemoDistrict() {}

  /**
   * Generates the demo district at a size.
   *
   * @param students how many students, from {@value GeneratedDistrict#MIN_STUDENTS} to {@value
   *     GeneratedDistrict#MAX_STUDENTS}
   * @return the district
   * @throws IllegalArgumentException if the size is out of range
   */
  public static GeneratedDistrict generate(int students) {
    return TestDistrict.generate(SEED, students);
  }
}

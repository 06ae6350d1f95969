package com.classtag.clever.testing.district;

/**
 * Where test districts come from: {@link #generate(long, int)} for a generated district of any size.
 */
public final class TestDistrict {
  private TestDistrict() {}

  /**
   * Generates a district from a seed: three schools (K-5, 6-8, 9-12), homerooms of 30 and subject sections
   * (some co-taught), their teachers, staff and district admins, the students, and 4 contacts to every 3
   * students. Records are generated as they are served, so a million students fit in a small heap. The same
   * seed and size always give the same records; ids depend on the size alone.
   *
   * @param seed the seed every random choice derives from
   * @param students how many students, from {@value GeneratedDistrict#MIN_STUDENTS} to {@value
   *     GeneratedDistrict#MAX_STUDENTS}
   * @return the district, ready for {@link com.classtag.clever.testing.standin.CleverStandIn#builder}
   * @throws IllegalArgumentException if the size is out of range
   */
  public static GeneratedDistrict generate(long seed, int students) {
    return GeneratedDistrict.generate(seed, students);
  }
}

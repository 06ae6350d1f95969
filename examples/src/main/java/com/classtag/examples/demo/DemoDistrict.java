package com.classtag.examples.demo;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.district.Sharing;
import com.classtag.clever.testing.district.TestDistrict;

/**
 * The demo district: the test kit's generated district with the seed the bundled demo files were
 * made from, shared with the mistakes {@link #SHARING} lists so that the sharing audit has
 * something real to say.
 */
public final class DemoDistrict {
  /** The seed the bundled app state was generated against. */
  public static final long SEED = 20_260_814L;

  /** The size of the bundled demo district. */
  public static final int DEFAULT_STUDENTS = 1_500;

  /**
   * How the demo district shares more or less than its sync uses: a fourth school no app school
   * maps, ELL status hidden by field access, and an extension field ({@code locker}) the bundled
   * settings do not carry. The bundled settings also filter out several contact types the district
   * shares.
   */
  public static final Sharing SHARING =
      Sharing.DEFAULT
          .withUnsyncedSchool()
          .withHiddenStudentFields("ell_status")
          .withExtensionField("locker");

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
    return TestDistrict.generate(SEED, students, SHARING);
  }
}

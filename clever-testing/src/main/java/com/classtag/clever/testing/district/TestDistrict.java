package com.classtag.clever.testing.district;

import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.ModelData;
import com.classtag.clever.testing.standin.RecordSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A district described in Java ({@link #builder()}) as typed {@code clever-model} records, which
 * the stand-in serves as it is; or, from {@link #generate(long, int)}, a generated district of any
 * size. Immutable and thread-safe.
 *
 * <pre>{@code
 * DistrictBuilder b = TestDistrict.builder().school("Lincoln Middle");
 * User ada = b.teacher("Ada", "Byron");
 * TestDistrict district = b.section(s -> s.name("Math 7").teacher(ada).students(40)).build();
 * try (CleverStandIn clever = CleverStandIn.builder(district).start()) { ... }
 * }</pre>
 */
public final class TestDistrict implements CleverData {
  private final RosterSnapshot snapshot;
  private final ModelData data;

  TestDistrict(RosterSnapshot snapshot) {
    this.snapshot = snapshot;
    this.data = ModelData.of(snapshot);
  }

  /** {@return a builder of a district described in Java; see {@link DistrictBuilder}} */
  public static DistrictBuilder builder() {
    return new DistrictBuilder();
  }

  /**
   * Generates a district from a seed: three schools (K-5, 6-8, 9-12), homerooms of 30 and subject
   * sections (some co-taught), their teachers, staff and district admins, the students, and 4
   * contacts to every 3 students. Records are generated as they are served, so a million students
   * fit in a small heap. The same seed and size always give the same records; ids depend on the
   * size alone.
   *
   * @param seed the seed every random choice derives from
   * @param students how many students, from {@value GeneratedDistrict#MIN_STUDENTS} to {@value
   *     GeneratedDistrict#MAX_STUDENTS}
   * @return the district, ready for {@link
   *     com.classtag.clever.testing.standin.CleverStandIn#builder}
   * @throws IllegalArgumentException if the size is out of range
   */
  public static GeneratedDistrict generate(long seed, int students) {
    return GeneratedDistrict.generate(seed, students, Sharing.DEFAULT);
  }

  /**
   * Generates a district as {@link #generate(long, int)} does, with sharing mistakes a sharing
   * audit finds: an extra school, hidden student fields, an extra extension field. Ids of the
   * generated records stay those of {@link #generate(long, int)}, and every other value stays the
   * same.
   *
   * @param seed the seed every random choice derives from
   * @param students how many students, from {@value GeneratedDistrict#MIN_STUDENTS} to {@value
   *     GeneratedDistrict#MAX_STUDENTS}
   * @param sharing the mistakes
   * @return the district
   * @throws IllegalArgumentException if the size is out of range or {@code sharing} is null
   */
  public static GeneratedDistrict generate(long seed, int students, Sharing sharing) {
    if (sharing == null) {
      throw new IllegalArgumentException(
          "sharing must not be null; Sharing.DEFAULT changes nothing");
    }
    return GeneratedDistrict.generate(seed, students, sharing);
  }

  /**
   * {@return every record as one roster, as {@code CleverClient.snapshot()} would read it from the
   * stand-in}
   */
  public RosterSnapshot snapshot() {
    return snapshot;
  }

  /** {@return the sections, in the order described} */
  public List<Section> sections() {
    return snapshot.sections();
  }

  /** {@return the students, in id order} */
  public List<User> students() {
    return users(user -> user.roles().student().isPresent());
  }

  /** {@return the teachers, in id order} */
  public List<User> teachers() {
    return users(user -> user.roles().teacher().isPresent());
  }

  /** {@return the contacts, in id order} */
  public List<User> contacts() {
    return users(user -> user.roles().contact().isPresent());
  }

  @Override
  public String districtId() {
    return data.districtId();
  }

  @Override
  public Optional<RecordSource> collection(String name) {
    return data.collection(name);
  }

  @Override
  public Optional<RecordSource> users(Optional<String> role) {
    return data.users(role);
  }

  @Override
  public RecordSource events(Set<String> recordTypes, Optional<String> school) {
    return data.events(recordTypes, school);
  }

  /** Returns the counts of records; never personal data. */
  @Override
  public String toString() {
    return "TestDistrict{schools="
        + snapshot.schools().size()
        + ", sections="
        + sections().size()
        + ", users="
        + snapshot.users().size()
        + "}";
  }

  private List<User> users(Predicate<User> keep) {
    return snapshot.users().stream()
        .filter(keep)
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
  }
}

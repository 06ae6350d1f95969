package com.classtag.clever.testing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.RateLimit;
import com.classtag.clever.model.District;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.JournaledRequest;
import com.classtag.clever.testing.standin.ModelData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A backend's nightly run over many districts: one root client, a view per district token, all read
 * at once from one stand-in that serves each token its own district.
 */
class ManyDistrictsTest {
  private static final int DISTRICTS = 50;

  private static final int STUDENTS = 12;

  private static String token(int i) {
    return "district-token-" + i;
  }

  /** A 24-hex id unique to district {@code d}, kind {@code kind} and index {@code n}. */
  private static String id(int d, int kind, int n) {
    return String.format("%08x%08x%08x", d, kind, n);
  }

  /** District {@code d}: its own district, school, students and a section, every id its own. */
  private static ModelData district(int d) {
    School school =
        School.builder().id(id(d, 1, 0)).name("School " + d).district(id(d, 0, 0)).build();
    ModelData.Builder data =
        ModelData.builder()
            .add(District.builder().id(id(d, 0, 0)).name("District " + d).build())
            .add(school);
    for (int n = 0; n < STUDENTS; n++) {
      data.add(User.student(id(d, 2, n), school.id()).build());
    }
    data.add(Section.builder().id(id(d, 3, 0)).school(school.id()).build());
    return data.build();
  }

  private static Set<String> expectedStudents(int d) {
    return IntStream.range(0, STUDENTS).mapToObj(n -> id(d, 2, n)).collect(Collectors.toSet());
  }

  @Test
  void fiftyDistrictsReadConcurrentlyThroughOneClientEachGetOnlyItsOwnRecords() throws Exception {
    List<ModelData> districts =
        IntStream.range(0, DISTRICTS).mapToObj(ManyDistrictsTest::district).toList();
    CleverStandIn.Builder builder = CleverStandIn.builder(districts.get(0)).token(token(0));
    for (int i = 1; i < DISTRICTS; i++) {
      builder.district(token(i), districts.get(i));
    }
    ExecutorService workers = Executors.newFixedThreadPool(8);
    try (CleverStandIn clever = builder.start();
        CleverClient root =
            CleverClient.builder()
                .baseUrl(clever.baseUrl().toString())
                .token(token(0))
                .rateLimit(RateLimit.unlimited())
                .build()) {
      List<Future<RosterSnapshot>> reads = new ArrayList<>();
      for (int i = 0; i < DISTRICTS; i++) {
        CleverClient view = root.withToken(token(i));
        reads.add(workers.submit(view::snapshot));
      }
      for (int i = 0; i < DISTRICTS; i++) {
        RosterSnapshot roster = reads.get(i).get(60, TimeUnit.SECONDS);
        assertThat(roster.district().id()).isEqualTo(id(i, 0, 0));
        assertThat(students(roster)).as("district %d's students", i).isEqualTo(expectedStudents(i));
        assertThat(roster.schools()).extracting(School::id).containsExactly(id(i, 1, 0));
        assertThat(roster.sections()).extracting(Section::id).containsExactly(id(i, 3, 0));
      }

      List<JournaledRequest> requests = clever.journal().requests();
      assertThat(requests).allMatch(JournaledRequest::tokenAccepted);
      // Each district's token made exactly that district's snapshot requests: one of each
      // collection.
      Map<Optional<String>, Long> perDistrict =
          requests.stream()
              .collect(Collectors.groupingBy(JournaledRequest::district, Collectors.counting()));
      assertThat(perDistrict)
          .hasSize(DISTRICTS)
          .allSatisfy(
              (district, count) -> assertThat(count).isEqualTo(requests.size() / DISTRICTS));
      assertThat(requests.size() % DISTRICTS).isZero();
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void aTokenTheStandInDoesNotKnowSeesNothing() {
    try (CleverStandIn clever =
            CleverStandIn.builder(district(1))
                .token(token(0))
                .district(token(1), district(2))
                .start();
        CleverClient root =
            CleverClient.builder().baseUrl(clever.baseUrl().toString()).token(token(0)).build()) {
      assertThat(root.withToken(token(1)).me().district()).isNotEqualTo(root.me().district());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> root.withToken("unknown-token").me())
          .isInstanceOf(com.classtag.clever.client.UnauthorizedException.class);
      assertThat(clever.journal().requests())
          .extracting(JournaledRequest::district)
          .containsExactly(Optional.of(id(2, 0, 0)), Optional.of(id(1, 0, 0)), Optional.empty());
    }
  }

  private static Set<String> students(RosterSnapshot roster) {
    return roster.users().stream()
        .filter(u -> u.roles().student().isPresent())
        .map(User::id)
        .collect(Collectors.toSet());
  }
}

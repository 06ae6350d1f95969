package com.classtag.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class PlanTextTest {
  @Test
  void thePlanRendersLikeTheGoldenFileCountsFirst() {
    String text = PlanText.render(GoldenPlans.plan());

    assertThat(text).isEqualTo(PlanJsonTest.resource("golden-plan.txt"));
    assertThat(text.lines().skip(2).findFirst().orElseThrow()).startsWith("Plan: ");
  }

  @Test
  void writingToAWriterGivesTheRenderedTextAndAFailingWriterIsReported() {
    StringWriter out = new StringWriter();
    PlanText.write(GoldenPlans.plan(), out);

    assertThat(out.toString()).isEqualTo(PlanJsonTest.resource("golden-plan.txt"));
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> PlanText.write(GoldenPlans.plan(), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void theSummaryCountsEachNounOnceAndSaysWhatIsHeld() {
    assertThat(PlanText.summary(GoldenPlans.plan()))
        .isEqualTo(
            "Plan: 1 classroom to create, 1 to archive "
                + "(1 held by the deletion threshold), 1 teacher to add to classrooms, 1 student to add to classrooms,"
                + " 1 contact to update, 1 contact link to remove (1 held by the deletion threshold),"
                + " 1 decision skipped.");
    assertThat(PlanText.summary(Fixtures.plan(Fixtures.district().build(), Fixtures.emptyApp())))
        .isEqualTo(
            "Plan: 2 classrooms to create, 3 teachers to add to classrooms, 4 students to add to"
                + " classrooms, 3 student records to create, 2 staff accounts to create, 2 school accesses to"
                + " grant, 2 contacts to invite, 3 contact links to create.");
  }

  @Test
  void heldCountsNameTheirCause() {
    Decision archive =
        Decision.builder()
            .kind(DecisionKind.ARCHIVE_CLASSROOM)
            .reason(ReasonCode.SECTION_LEFT_ROSTER)
            .addSourceIds("sec-1")
            .explanation("Archive.")
            .build();
    Decision threshold =
        Decision.builder().from(archive).heldBy(HoldReason.DELETION_THRESHOLD).build();
    Decision safety = Decision.builder().from(archive).heldBy(HoldReason.NEAR_EMPTY_SCHOOL).build();
    Plan plan =
        Plan.builder()
            .generatedAt(Fixtures.NOW)
            .addDecisions(archive, threshold, threshold, safety)
            .build();

    assertThat(PlanText.summary(plan))
        .isEqualTo(
            "Plan: 4 classrooms to archive (3 held: 2 by the deletion threshold, 1 by a safety hold).");
  }

  @Test
  void aPlanWithNothingToDoSaysSo() {
    Plan empty = Plan.builder().generatedAt(Fixtures.NOW).build();

    assertThat(PlanText.render(empty))
        .isEqualTo(
            "ClassTag sync plan, generated at 2025-01-15T07:00:00Z\n\nNo changes. The app matches the roster.\n");
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> PlanText.render(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanText.summary(null)).isInstanceOf(IllegalArgumentException.class);
  }
}

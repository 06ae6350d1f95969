package com.classtag.clever.model;

import static com.classtag.clever.model.FixtureFiles.assertWritesBackNormalized;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermTest {
  private static final JsonCodec<ListPage<Term>> PAGE = CleverJson.listPage(CleverJson.TERM);

  private static List<Term> terms() {
    return PAGE.fromJson(FixtureFiles.read("terms/terms-page.json")).records();
  }

  @Test
  void readsAndWritesBackTheTermsPage() {
    ListPage<Term> page = assertWritesBackNormalized(PAGE, "terms/terms-page.json");

    assertThat(page.records())
        .extracting(Term::name)
        .extracting(Optional::orElseThrow)
        .containsExactly(
            "Semester 1 2023-24", "Semester 2 2023-24", "Year 2015-16", "Summer Bridge");
    assertThat(page.records())
        .allSatisfy(t -> assertThat(t.district()).contains("65f0d1000000000000000001"));
  }

  @Test
  void readsPlainDates() {
    Term t = terms().get(0);

    assertThat(t.rawStartDate()).contains("2023-08-21");
    assertThat(t.startDate()).contains(LocalDate.of(2023, 8, 21));
    assertThat(t.endDate()).contains(LocalDate.of(2024, 1, 19));
  }

  @Test
  void readsIsoTimestampsAsTheirDate() {
    Term t = terms().get(1);

    assertThat(t.rawStartDate()).contains("2024-01-22T00:00:00.000Z");
    assertThat(t.startDate()).contains(LocalDate.of(2024, 1, 22));
    assertThat(t.endDate()).contains(LocalDate.of(2024, 6, 14));
  }

  @Test
  void readsSpaceSeparatedMicrosecondTimestampsAsTheirDate() {
    Term t = terms().get(2);

    assertThat(t.rawStartDate()).contains("2015-08-25 00:00:00.000000");
    assertThat(t.startDate()).contains(LocalDate.of(2015, 8, 25));
    assertThat(t.endDate()).contains(LocalDate.of(2016, 6, 10));
  }

  @Test
  void emptyAndNullDatesReadAsNoValue() {
    Term t = terms().get(3);

    assertThat(t.rawStartDate()).isEmpty();
    assertThat(t.rawEndDate()).isEmpty();
    assertThat(t.startDate()).isEmpty();
    assertThat(t.endDate()).isEmpty();
  }

  @Test
  void unparseableDatesKeepTheirTextAndHaveNoTypedValue() {
    Term t =
        CleverJson.single(CleverJson.TERM)
            .fromJson(FixtureFiles.read("terms/term-unparseable-dates.json"))
            .data();

    assertThat(t.rawStartDate()).contains("Fall 2024");
    assertThat(t.startDate()).isEmpty();
    assertThat(t.rawEndDate()).contains("2024-13-45");
    assertThat(t.endDate()).isEmpty();
    assertThat(CleverJson.TERM.fromJson(CleverJson.TERM.toJson(t))).isEqualTo(t);
  }

  @Test
  void toStringShowsEveryField() {
    assertThat(terms().get(0).toString())
        .isEqualTo(
            "Term{id=65f0d6000000000000000201, district=65f0d1000000000000000001, "
                + "name=Semester 1 2023-24, startDate=2023-08-21, endDate=2024-01-19}");
  }
}

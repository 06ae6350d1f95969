package com.classtag.clever.model.baseline;

import static com.classtag.clever.model.baseline.Baselines.SMALL;
import static com.classtag.clever.model.baseline.Baselines.bytes;
import static com.classtag.clever.model.baseline.Baselines.fixture;
import static com.classtag.clever.model.baseline.Baselines.gzip;
import static com.classtag.clever.model.baseline.Baselines.read;
import static com.classtag.clever.model.baseline.Baselines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.baseline.BaselineFormatException.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineFormatTest {
  private static final String GOLDEN = fixture("baseline/small-baseline.jsonl");

  @Test
  void writesTheGoldenFormat() {
    assertThat(text(bytes(SMALL))).isEqualTo(GOLDEN);
  }

  @Test
  void readsTheGoldenFormat() {
    assertThat(read(gzip(GOLDEN))).isEqualTo(SMALL);
  }

  @Test
  void roundTripsEveryFieldIncludingUnknownOnes() {
    Baseline back = read(bytes(SMALL));

    assertThat(back).isEqualTo(SMALL);
    assertThat(back.roster().users().get(0).unknownFields()).containsKey("future_field");
  }

  @Test
  void roundTripsABaselineWithoutCursorOrOptionalCollections() {
    Baseline bare =
        Baseline.of(
            BaselineHeader.builder()
                .from(Baselines.HEADER)
                .eventsCursor(java.util.Optional.empty())
                .build(),
            RosterSnapshot.builder().district(SMALL.roster().district()).build());

    assertThat(text(bytes(bare))).doesNotContain("events_cursor");
    assertThat(read(bytes(bare))).isEqualTo(bare);
  }

  @Test
  void readsOnlyTheHeader() {
    assertThat(BaselineFormat.readHeader(new ByteArrayInputStream(bytes(SMALL))))
        .isEqualTo(Baselines.HEADER);
  }

  @Test
  void neitherReadingNorWritingClosesTheCallersStream() {
    CloseTracking out = new CloseTracking();
    BaselineFormat.write(SMALL, out);
    assertThat(out.closed).isFalse();

    ByteArrayInputStream bytes = new ByteArrayInputStream(out.toByteArray());
    boolean[] closed = {false};
    InputStream in =
        new java.io.FilterInputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(BaselineFormat.read(in)).isEqualTo(SMALL);
    assertThat(closed[0]).isFalse();
  }

  // --- failures: every one names the line, and no roster is returned ---

  @Test
  void aNewerFormatVersionFailsOnLineOne() {
    String newer =
        GOLDEN
            .replace("\"version\":1", "\"version\":2")
            .replace("\"api_version\":\"v3.0\"", "\"api_version\":{\"changed\":true}");

    BaselineFormatException e = failure(gzip(newer));

    assertThat(e.problem()).isEqualTo(Problem.NEWER_FORMAT);
    assertThat(e.lineNumber()).isEqualTo(1);
    assertThat(e)
        .hasMessageStartingWith(
            "baseline line 1: written in format version 2, newer than version 1");
    assertThatThrownBy(() -> BaselineFormat.readHeader(new ByteArrayInputStream(gzip(newer))))
        .isInstanceOf(BaselineFormatException.class)
        .hasMessageContaining("format version 2");
  }

  @Test
  void aFileWithoutItsEndLineIsTruncatedAtTheMissingLine() {
    String cut = GOLDEN.substring(0, GOLDEN.indexOf("{\"kind\":\"end\""));

    BaselineFormatException e = failure(gzip(cut));

    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e.lineNumber()).isEqualTo(9);
    assertThat(e)
        .hasMessage(
            "baseline line 9: missing: the file ends after line 8 without its end line; it is truncated");
  }

  @Test
  void aLineCutInHalfIsTruncatedAtThatLine() {
    String cut = GOLDEN.substring(0, GOLDEN.indexOf("\"email\""));

    BaselineFormatException e = failure(gzip(cut));

    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e).hasMessage("baseline line 7: the file ends early; it is truncated");
  }

  @Test
  void compressedDataCutAnywhereFailsAndNeverYieldsARoster() {
    byte[] whole = bytes(SMALL);
    for (int length = 0; length < whole.length; length++) {
      BaselineFormatException e = failure(Arrays.copyOf(whole, length));
      assertThat(e.problem()).as("cut at %d", length).isIn(Problem.TRUNCATED, Problem.CORRUPT);
      assertThat(e.lineNumber()).as("cut at %d", length).isBetween(1L, 10L);
    }
    BaselineFormatException early = failure(Arrays.copyOf(whole, whole.length - 4));
    assertThat(early.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(failure(new byte[0]))
        .hasMessage("baseline line 1: the file ends early; it is truncated");
  }

  @Test
  void aCorruptRecordNamesItsLineKindAndJsonPathButNoValue() {
    String corrupt =
        GOLDEN.replace(
            "\"name\":{\"first\":\"Maria\",\"last\":\"Gonzalez\"}",
            "\"name\":[\"Maria\",\"Gonzalez\"]");

    BaselineFormatException e = failure(gzip(corrupt));

    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(e.lineNumber()).isEqualTo(7);
    assertThat(e.getMessage())
        .startsWith("baseline line 7: bad user record: ")
        .contains("$.record.name")
        .doesNotContain("Maria", "Gonzalez");
  }

  @Test
  void malformedJsonIsCorruptAtItsLine() {
    List<String> lines = lines(GOLDEN);
    lines.set(3, "{\"kind\":\"term\",\"record\":{\"id\":");

    assertCorrupt(
        gzip(String.join("\n", lines) + "\n"), 4, "bad term record: truncated JSON at $.record.id");
    lines.set(3, "{\"kind\":\"term\",");
    assertCorrupt(
        gzip(String.join("\n", lines) + "\n"), 4, "not a valid line (malformed JSON at $.");
  }

  @Test
  void everyStructuralRuleNamesTheLine() {
    List<String> lines = lines(GOLDEN);
    assertCorrupt(
        with(lines, 1, "{\"kind\":\"school\",\"record\":{\"id\":\"a\"}}"),
        2,
        "the line after the header must be the district");
    assertCorrupt(with(lines, 2, lines.get(1)), 3, "a second district");
    assertCorrupt(
        with(
            lines, 1, lines.get(1).replace("64d9e1a2f3c4b50001a2b3c4", "64d9e1a2f3c4b50001a2b3ff")),
        2,
        "the district record is not the header's district");
    assertCorrupt(with(lines, 4, "{\"kind\":\"widget\",\"record\":{}}"), 5, "unknown line kind");
    assertCorrupt(
        with(lines, 4, "{\"record\":{},\"kind\":\"course\"}"),
        5,
        "a line must start with its \"kind\"");
    assertCorrupt(
        with(lines, 4, "{\"kind\":\"course\",\"data\":{}}"),
        5,
        "expected \"record\" after the kind");
    assertCorrupt(
        with(lines, 4, "{\"kind\":\"course\",\"record\":{\"id\":\"c\"}} {}"),
        5,
        "not a valid line (malformed JSON");
    assertCorrupt(
        with(lines, 8, "{\"kind\":\"end\",\"records\":8}"),
        9,
        "the end line counts 8 records but the file has 7");
    assertCorrupt(
        gzip(GOLDEN + "{\"kind\":\"user\",\"record\":{\"id\":\"u\"}}\n"),
        10,
        "content after the end line");
  }

  @Test
  void aBadHeaderIsCorruptOnLineOne() {
    List<String> lines = lines(GOLDEN);
    assertCorrupt(
        with(lines, 0, "{\"format\":\"something-else\",\"version\":1}"), 1, "not a baseline file");
    assertCorrupt(gzip("[1,2,3]\n"), 1, "not a valid baseline header");
    assertCorrupt(
        with(lines, 0, lines.get(0).replace("\"version\":1", "\"version\":0")),
        1,
        "version is missing or not a positive integer");
    assertCorrupt(
        with(
            lines,
            0,
            lines
                .get(0)
                .replace(
                    "\"taken_at\":\"2024-01-09T08:15:42.401Z\"", "\"taken_at\":\"yesterday\"")),
        1,
        "taken_at is not an ISO-8601 instant");
    assertCorrupt(
        with(lines, 0, lines.get(0).replace("\"district\":\"64d9e1a2f3c4b50001a2b3c4\",", "")),
        1,
        "incomplete header");
    assertCorrupt(
        with(lines, 0, lines.get(0).replace("\"api_version\":\"v3.0\"", "\"api_version\":3")),
        1,
        "the header's api_version is not a string");
    BaselineFormatException empty = failure(gzip(""));
    assertThat(empty.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(empty).hasMessage("baseline line 1: the file is empty");
  }

  @Test
  void unknownHeaderFieldsAreIgnored() {
    String extra = GOLDEN.replaceFirst("\\{\"format\"", "{\"written_by\":\"sdk 0.2\",\"format\"");

    assertThat(read(gzip(extra))).isEqualTo(SMALL);
  }

  @Test
  void notGzipOrNotUtf8IsCorrupt() {
    BaselineFormatException notGzip =
        failure(GOLDEN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(notGzip.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(notGzip)
        .hasMessage("baseline line 1: not valid gzip data; the file is damaged or not a baseline");

    byte[] text = GOLDEN.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = GOLDEN.indexOf("Whitfield Elementary");
    text[at] = (byte) 0xC3;
    text[at + 1] = (byte) 0x28;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BaselineFormatException badUtf8 = failure(out.toByteArray());
    assertThat(badUtf8.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(badUtf8).hasMessage("baseline line 3: not valid UTF-8 text");
  }

  @Test
  void aFailingSinkSurfacesAsUncheckedIoException() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> BaselineFormat.write(SMALL, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void aFailingSourceSurfacesAsUncheckedIoException() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device error");
          }
        };

    assertThatThrownBy(() -> BaselineFormat.read(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("device error");
  }

  @Test
  void headerAndBaselineRejectInconsistentValues() {
    assertThatThrownBy(() -> BaselineHeader.builder().from(Baselines.HEADER).apiVersion("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiVersion");
    assertThatThrownBy(
            () -> BaselineHeader.builder().from(Baselines.HEADER).eventsCursor("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("eventsCursor");
    BaselineHeader other =
        BaselineHeader.builder()
            .from(Baselines.HEADER)
            .districtId("64d9e1a2f3c4b50001a2b3ff")
            .build();
    assertThatThrownBy(() -> Baseline.of(other, Baselines.ROSTER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not the roster's district");
  }

  @Test
  void descriptionsHoldNoPersonalData() {
    assertThat(SMALL.toString())
        .contains("64d9e1a2f3c4b50001a2b3c4", "users=2")
        .doesNotContain("Maria", "Gonzalez", "maria.");
  }

  private static BaselineFormatException failure(byte[] file) {
    BaselineFormatException e =
        catchThrowableOfType(BaselineFormatException.class, () -> read(file));
    assertThat(e).as("reading must fail").isNotNull();
    return e;
  }

  private static void assertCorrupt(byte[] file, long line, String detail) {
    BaselineFormatException e = failure(file);
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(Problem.CORRUPT);
    assertThat(e.lineNumber()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.getMessage()).startsWith("baseline line " + line + ": ").contains(detail);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n")));
  }

  private static byte[] with(List<String> lines, int index, String replacement) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, replacement);
    return gzip(String.join("\n", copy) + "\n");
  }

  private static final class CloseTracking extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}

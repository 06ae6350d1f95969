package com.classtag.clever.model.baseline;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.RosterSnapshot;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/** Writes the format {@link BaselineFormat} describes, one line at a time. */
final class BaselineWriter {
  private static final int BUFFER = 1 << 16;

  private final Writer out;

  private BaselineWriter(Writer out) {
    this.out = out;
  }

  static void write(Baseline baseline, OutputStream sink) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(sink, "out");
    try {
      Writer text =
          new BufferedWriter(
              new OutputStreamWriter(
                  new GZIPOutputStream(Shielded.output(sink), BUFFER), StandardCharsets.UTF_8),
              BUFFER);
      // Deliberately not try-with-resources: closing after a failure would finish the gzip stream
      // and make a partial file look well-formed to the compression layer. The end line guards
      // against that anyway.
      new BaselineWriter(text).all(baseline);
      text.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void all(Baseline baseline) throws IOException {
    header(baseline.header());
    RosterSnapshot roster = baseline.roster();
    record(LineKind.DISTRICT, CleverJson.DISTRICT, roster.district());
    records(LineKind.SCHOOL, CleverJson.SCHOOL, roster.schools());
    records(LineKind.TERM, CleverJson.TERM, roster.terms());
    records(LineKind.COURSE, CleverJson.COURSE, roster.courses());
    records(LineKind.SECTION, CleverJson.SECTION, roster.sections());
    records(LineKind.USER, CleverJson.USER, roster.users());
    JsonWriter end = line();
    end.beginObject()
        .name("kind")
        .value(LineKind.END.tag)
        .name("records")
        .value(BaselineFormat.recordCount(roster))
        .endObject();
    out.write('\n');
  }

  private void header(BaselineHeader header) throws IOException {
    JsonWriter w = line();
    w.beginObject()
        .name("format")
        .value(BaselineFormat.FORMAT_NAME)
        .name("version")
        .value(BaselineFormat.VERSION)
        .name("api_version")
        .value(header.apiVersion())
        .name("district")
        .value(header.districtId())
        .name("taken_at")
        .value(header.takenAt().toString());
    if (header.eventsCursor().isPresent()) {
      w.name("events_cursor").value(header.eventsCursor().get());
    }
    w.endObject();
    out.write('\n');
  }

  private <T> void records(LineKind kind, JsonCodec<T> codec, List<T> records) throws IOException {
    for (T record : records) {
      record(kind, codec, record);
    }
  }

  private <T> void record(LineKind kind, JsonCodec<T> codec, T record) throws IOException {
    JsonWriter w = line();
    w.beginObject().name("kind").value(kind.tag).name("record");
    codec.write(w, record);
    w.endObject();
    out.write('\n');
  }

  /**
   * Returns a writer for one line. A JSON writer takes one top-level value, so each line gets its
   * own; it writes straight through to {@link #out} and is never closed, which would close the
   * file.
   */
  private JsonWriter line() {
    JsonWriter w = new JsonWriter(out);
    w.setHtmlSafe(false);
    w.setSerializeNulls(false);
    return w;
  }
}

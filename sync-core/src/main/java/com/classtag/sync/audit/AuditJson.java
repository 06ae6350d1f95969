package com.classtag.sync.audit;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an audit report as JSON, schema version {@value #SCHEMA_VERSION} (documented in {@code
 * docs/audit/README.md}, JSON Schema in {@code docs/audit/audit.schema.json}), with Gson's
 * streaming API: no reflection. The JSON holds ids, codes and field names, never personal data.
 */
public final class AuditJson {
  /** The version of the JSON form this class writes. */
  public static final int SCHEMA_VERSION = 1;

  private AuditJson() {}

  /**
   * Writes a report, indented by two spaces.
   *
   * @param report the report
   * @param out where to write; not closed
   * @throws IllegalArgumentException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(AuditReport report, Writer out) {
    if (report == null || out == null) {
      throw new IllegalArgumentException((report == null ? "report" : "out") + " must not be null");
    }
    try {
      JsonWriter w = new JsonWriter(out);
      w.setIndent("  ");
      w.setHtmlSafe(false);
      w.beginObject();
      w.name("schemaVersion").value(SCHEMA_VERSION);
      w.name("totals")
          .beginObject()
          .name("schools")
          .value(report.schools())
          .name("sections")
          .value(report.sections())
          .name("students")
          .value(report.students())
          .name("staff")
          .value(report.staff())
          .name("contacts")
          .value(report.contacts())
          .endObject();
      w.name("findings").beginArray();
      for (Finding f : report.findings()) {
        w.beginObject();
        w.name("code").value(f.code().name());
        w.name("severity").value(f.severity().name());
        if (f.subject().isPresent()) {
          w.name("subject").value(f.subject().get());
        }
        w.name("count").value(f.count());
        w.name("total").value(f.total());
        w.name("sampleIds").beginArray();
        for (String id : f.sampleIds()) {
          w.value(id);
        }
        w.endArray();
        w.name("explanation").value(f.explanation());
        w.name("remedy").value(f.remedy());
        w.endObject();
      }
      w.endArray();
      w.endObject();
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit report", e);
    }
  }

  /**
   * Returns a report as a JSON document.
   *
   * @param report the report
   * @return the JSON
   * @throws IllegalArgumentException if {@code report} is null
   */
  public static String toJson(AuditReport report) {
    StringWriter w = new StringWriter();
    write(report, w);
    return w.toString();
  }
}

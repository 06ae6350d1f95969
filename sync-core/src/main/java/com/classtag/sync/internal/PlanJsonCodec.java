package com.classtag.sync.internal;

import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanFormatException;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.Warning;
import com.classtag.sync.plan.WarningCode;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's JSON, schema version {@value Plan#SCHEMA_VERSION}, written and read field by field.
 */
public final class PlanJsonCodec {
  private PlanJsonCodec() {}

  /**
   * Writes a plan.
   *
   * @param plan the plan
   * @param out the writer; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Plan plan, Writer out) {
    try {
      IndentedJsonWriter w = new IndentedJsonWriter(out);
      w.beginObject();
      w.name("schemaVersion").value(Plan.SCHEMA_VERSION);
      w.name("generatedAt").value(plan.generatedAt().toString());
      w.name("paused").value(plan.paused());
      w.name("holds").beginArray();
      for (Hold h : plan.holds()) {
        w.beginObject();
        w.name("reason").value(h.reason().name());
        nullable(w, "schoolId", h.schoolId().orElse(null));
        if (h.kind().isPresent()) {
          w.name("kind").value(h.kind().get().name());
        }
        w.name("heldCount").value(h.heldCount());
        strings(w, "sourceIds", h.sourceIds());
        w.name("explanation").value(h.explanation());
        w.endObject();
      }
      w.endArray();
      w.name("warnings").beginArray();
      for (Warning x : plan.warnings()) {
        w.beginObject();
        w.name("code").value(x.code().name());
        strings(w, "sourceIds", x.sourceIds());
        w.name("explanation").value(x.explanation());
        w.endObject();
      }
      w.endArray();
      w.name("decisions").beginArray();
      for (Decision d : plan.decisions()) {
        w.beginObject();
        w.name("kind").value(d.kind().name());
        w.name("reason").value(d.reason().name());
        // Read through DecisionAccess: four Optionals per decision are millions of objects in a
        // first sync's plan.
        nullable(w, "schoolId", DecisionAccess.school(d));
        nullable(w, "classroomId", DecisionAccess.classroom(d));
        // A provisional id as its parts, as the explanation below.
        parts(w, "targetId", d, DecisionAccess.targetParts(d));
        parts(w, "relatedId", d, DecisionAccess.relatedParts(d));
        // The values and source ids straight from the decision's fields: a view or a list per
        // decision was all the garbage left in writing a plan.
        String[] names = DecisionAccess.valueNames(d);
        if (names.length > 0) {
          String[] data = DecisionAccess.valueData(d);
          w.name("values").beginObject();
          for (int i = 0; i < names.length; i++) {
            w.name(names[i]).value(data[i]);
          }
          w.endObject();
        }
        w.name("sourceIds").beginArray();
        for (int i = 0, n = DecisionAccess.sourceCount(d); i < n; i++) {
          w.value(DecisionAccess.sourceId(d, i));
        }
        w.endArray();
        // Part by part: joined, a 1M-student first sync's explanations and provisional ids are a
        // gigabyte of strings.
        w.name("explanation").parts(d, DecisionAccess.explanationParts(d));
        if (d.isHeld()) {
          w.name("heldBy").value(d.heldBy().get().name());
        }
        w.endObject();
      }
      w.endArray();
      w.name("baselineChange").beginObject();
      strings(w, "addedSectionIds", plan.baselineChange().addedSectionIds());
      strings(w, "removedSectionIds", plan.baselineChange().removedSectionIds());
      w.endObject();
      w.endObject();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void nullable(IndentedJsonWriter w, String name, String value) throws IOException {
    if (value != null) {
      w.name(name).value(value);
    }
  }

  private static void parts(IndentedJsonWriter w, String name, Decision d, Object parts)
      throws IOException {
    if (parts != null) {
      w.name(name).parts(d, parts);
    }
  }

  private static void strings(IndentedJsonWriter w, String name, List<String> values)
      throws IOException {
    w.name(name).beginArray();
    for (String s : values) {
      w.value(s);
    }
    w.endArray();
  }

  /**
   * Reads a plan.
   *
   * @param reader the reader; not closed
   * @return the plan
   * @throws PlanFormatException if the JSON is not a valid plan
   * @throws UncheckedIOException if reading fails
   */
  public static Plan read(Reader reader) {
    JsonReader in = new JsonReader(reader);
    in.setStrictness(Strictness.STRICT);
    try {
      Plan plan = plan(in);
      boolean trailing;
      try {
        trailing = in.peek() != JsonToken.END_DOCUMENT;
      } catch (MalformedJsonException e) {
        trailing = true;
      }
      if (trailing) {
        throw error(in.getPath(), "unexpected content after the plan", null);
      }
      return plan;
    } catch (MalformedJsonException | EOFException | IllegalStateException e) {
      throw error(
          in.getPath(), "malformed or truncated JSON (" + e.getClass().getSimpleName() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Plan plan(JsonReader in) throws IOException {
    Plan.Builder b = Plan.builder();
    Integer version = null;
    boolean generatedAt = false;
    Set<String> seen = new HashSet<>();
    begin(in, "$");
    while (in.hasNext()) {
      String name = name(in, seen);
      switch (name) {
        case "schemaVersion":
          version = integer(in);
          break;
        case "generatedAt":
          b.generatedAt(instant(in));
          generatedAt = true;
          break;
        case "paused":
          b.paused(bool(in));
          break;
        case "holds":
          in.beginArray();
          while (in.hasNext()) {
            b.addHolds(hold(in));
          }
          in.endArray();
          break;
        case "warnings":
          in.beginArray();
          while (in.hasNext()) {
            b.addWarnings(warning(in));
          }
          in.endArray();
          break;
        case "decisions":
          in.beginArray();
          while (in.hasNext()) {
            b.addDecisions(decision(in));
          }
          in.endArray();
          break;
        case "baselineChange":
          b.baselineChange(baselineChange(in));
          break;
        default:
          throw unknown(in, name);
      }
    }
    in.endObject();
    if (version == null) {
      throw error("$.schemaVersion", "is missing", null);
    }
    if (version < 1 || version > Plan.SCHEMA_VERSION) {
      throw error(
          "$.schemaVersion",
          "version "
              + version
              + " is not supported (this SDK reads 1 to "
              + Plan.SCHEMA_VERSION
              + ")",
          null);
    }
    if (!generatedAt) {
      throw error("$.generatedAt", "is missing", null);
    }
    return b.build();
  }

  private static Hold hold(JsonReader in) throws IOException {
    String at = in.getPath();
    Hold.Builder b = Hold.builder();
    Set<String> seen = new HashSet<>();
    begin(in, at);
    while (in.hasNext()) {
      String name = name(in, seen);
      switch (name) {
        case "reason":
          b.reason(enumValue(in, HoldReason.class));
          break;
        case "schoolId":
          b.schoolId(string(in));
          break;
        case "kind":
          b.kind(enumValue(in, DecisionKind.class));
          break;
        case "heldCount":
          b.heldCount(integer(in));
          break;
        case "sourceIds":
          b.addAllSourceIds(strings(in));
          break;
        case "explanation":
          b.explanation(string(in));
          break;
        default:
          throw unknown(in, name);
      }
    }
    in.endObject();
    require(at, seen, "reason", "heldCount", "explanation");
    return b.build();
  }

  private static Warning warning(JsonReader in) throws IOException {
    String at = in.getPath();
    Warning.Builder b = Warning.builder();
    Set<String> seen = new HashSet<>();
    begin(in, at);
    while (in.hasNext()) {
      String name = name(in, seen);
      switch (name) {
        case "code":
          b.code(enumValue(in, WarningCode.class));
          break;
        case "sourceIds":
          b.addAllSourceIds(strings(in));
          break;
        case "explanation":
          b.explanation(string(in));
          break;
        default:
          throw unknown(in, name);
      }
    }
    in.endObject();
    require(at, seen, "code", "explanation");
    return b.build();
  }

  private static Decision decision(JsonReader in) throws IOException {
    String at = in.getPath();
    Decision.Builder b = Decision.builder();
    Set<String> seen = new HashSet<>();
    begin(in, at);
    while (in.hasNext()) {
      String name = name(in, seen);
      switch (name) {
        case "kind":
          b.kind(enumValue(in, DecisionKind.class));
          break;
        case "reason":
          b.reason(enumValue(in, ReasonCode.class));
          break;
        case "schoolId":
          b.schoolId(string(in));
          break;
        case "classroomId":
          b.classroomId(string(in));
          break;
        case "targetId":
          b.targetId(string(in));
          break;
        case "relatedId":
          b.relatedId(string(in));
          break;
        case "values":
          {
            Set<String> keys = new HashSet<>();
            begin(in, in.getPath());
            while (in.hasNext()) {
              String key = name(in, keys);
              String path = in.getPath();
              Optional<Field> field = Field.fromJsonName(key);
              if (field.isPresent()) {
                b.putValues(field.get(), string(in));
              } else if (key.startsWith(Field.EXTENSION_PREFIX)
                  && key.length() > Field.EXTENSION_PREFIX.length()) {
                b.putExtensionValue(key.substring(Field.EXTENSION_PREFIX.length()), string(in));
              } else {
                throw error(
                    path,
                    "is not a decision value: expected a field name of docs/plan/README.md or"
                        + " ext.<extension field name>",
                    null);
              }
            }
            in.endObject();
            break;
          }
        case "sourceIds":
          b.addAllSourceIds(strings(in));
          break;
        case "explanation":
          b.explanation(string(in));
          break;
        case "heldBy":
          b.heldBy(enumValue(in, HoldReason.class));
          break;
        default:
          throw unknown(in, name);
      }
    }
    in.endObject();
    require(at, seen, "kind", "reason", "explanation");
    return b.build();
  }

  private static BaselineChange baselineChange(JsonReader in) throws IOException {
    BaselineChange.Builder b = BaselineChange.builder();
    Set<String> seen = new HashSet<>();
    begin(in, in.getPath());
    while (in.hasNext()) {
      String name = name(in, seen);
      switch (name) {
        case "addedSectionIds":
          b.addAllAddedSectionIds(strings(in));
          break;
        case "removedSectionIds":
          b.addAllRemovedSectionIds(strings(in));
          break;
        default:
          throw unknown(in, name);
      }
    }
    in.endObject();
    return b.build();
  }

  private static void begin(JsonReader in, String at) throws IOException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      throw error(at, "expected an object but found " + in.peek(), null);
    }
    in.beginObject();
  }

  private static String name(JsonReader in, Set<String> seen) throws IOException {
    String name = in.nextName();
    if (!seen.add(name)) {
      throw error(in.getPath(), "appears twice", null);
    }
    return name;
  }

  private static void require(String at, Set<String> seen, String... names) {
    for (String n : names) {
      if (!seen.contains(n)) {
        throw error(at + "." + n, "is missing", null);
      }
    }
  }

  private static PlanFormatException unknown(JsonReader in, String name) {
    return error(in.getPath(), "unknown field \"" + name + "\"", null);
  }

  private static String string(JsonReader in) throws IOException {
    String at = in.getPath();
    if (in.peek() != JsonToken.STRING) {
      throw error(at, "expected a string but found " + in.peek(), null);
    }
    return in.nextString();
  }

  private static List<String> strings(JsonReader in) throws IOException {
    String at = in.getPath();
    if (in.peek() != JsonToken.BEGIN_ARRAY) {
      throw error(at, "expected an array of strings but found " + in.peek(), null);
    }
    List<String> out = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      out.add(string(in));
    }
    in.endArray();
    return out;
  }

  private static boolean bool(JsonReader in) throws IOException {
    String at = in.getPath();
    if (in.peek() != JsonToken.BOOLEAN) {
      throw error(at, "expected true or false but found " + in.peek(), null);
    }
    return in.nextBoolean();
  }

  private static int integer(JsonReader in) throws IOException {
    String at = in.getPath();
    if (in.peek() != JsonToken.NUMBER) {
      throw error(at, "expected a number but found " + in.peek(), null);
    }
    try {
      int n = in.nextInt();
      if (n < 0) {
        throw error(at, "must not be negative", null);
      }
      return n;
    } catch (NumberFormatException e) {
      throw error(at, "expected a whole number", e);
    }
  }

  private static Instant instant(JsonReader in) throws IOException {
    String at = in.getPath();
    String s = string(in);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw error(at, "expected an ISO-8601 instant such as 2025-01-15T07:00:00Z", e);
    }
  }

  private static <E extends Enum<E>> E enumValue(JsonReader in, Class<E> type) throws IOException {
    String at = in.getPath();
    String s = string(in);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw error(at, "unknown " + type.getSimpleName() + " \"" + s + "\"", e);
    }
  }

  private static PlanFormatException error(String path, String message, Throwable cause) {
    return new PlanFormatException(path, message, cause);
  }
}

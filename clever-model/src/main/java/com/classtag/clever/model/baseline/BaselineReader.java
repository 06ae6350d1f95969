package com.classtag.clever.model.baseline;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.CleverJsonException;
import com.classtag.clever.model.District;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.baseline.BaselineFormatException.Problem;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the format {@link BaselineFormat} describes, line by line, and turns every problem into a
 * {@link BaselineFormatException} naming the line. Not thread-safe; one instance reads one stream.
 */
final class BaselineReader {
  private static final int BUFFER = 1 << 16;

  private LineSplitter lines;
  private BaselineHeader header;

  private BaselineReader() {}

  static Baseline read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return withReader(in, BaselineReader::all);
  }

  static BaselineHeader readHeader(InputStream in) {
    Objects.requireNonNull(in, "in");
    return withReader(in, BaselineReader::header);
  }

  private interface Step<R> {
    R run(BaselineReader reader) throws IOException;
  }

  private static <R> R withReader(InputStream in, Step<R> step) {
    BaselineReader reader = new BaselineReader();
    // The gzip header is read on construction, so its failures belong to line 1 like any other.
    try (InputStream data = new GZIPInputStream(Shielded.input(in), BUFFER)) {
      reader.lines = new LineSplitter(data);
      return step.run(reader);
    } catch (EOFException e) {
      throw new BaselineFormatException(
          Problem.TRUNCATED, reader.failingLine(), "the file ends early; it is truncated", e);
    } catch (ZipException e) {
      throw new BaselineFormatException(
          Problem.CORRUPT,
          reader.failingLine(),
          "not valid gzip data; the file is damaged or not a baseline",
          e);
    } catch (CharacterCodingException e) {
      throw new BaselineFormatException(
          Problem.CORRUPT, reader.failingLine(), "not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the number of the line being read when the stream failed. */
  private long failingLine() {
    return lines == null ? 1 : lines.count() + 1;
  }

  /** Returns the number of the last line read. */
  private long lineNumber() {
    return lines.count();
  }

  private Baseline all() throws IOException {
    header = header();
    RosterSnapshot.Builder roster = RosterSnapshot.builder();
    long records = 0;
    while (true) {
      String line = next();
      if (line == null) {
        throw new BaselineFormatException(
            Problem.TRUNCATED,
            lineNumber() + 1,
            "missing: the file ends after line "
                + lineNumber()
                + " without its end line; it is truncated",
            null);
      }
      LineKind kind = recordLine(line, roster, records == 0);
      if (kind == LineKind.END) {
        break;
      }
      records++;
    }
    if (next() != null) {
      throw corrupt("content after the end line", null);
    }
    return Baseline.of(header, roster.build());
  }

  /** Returns the next line, or null at the end of the file. */
  private String next() throws IOException {
    return lines.next();
  }

  private BaselineHeader header() throws IOException {
    String line = next();
    if (line == null) {
      throw new BaselineFormatException(Problem.TRUNCATED, 1, "the file is empty", null);
    }
    HeaderFields fields = headerFields(line);
    // Format and version first: a newer version may have changed every other field.
    if (!BaselineFormat.FORMAT_NAME.equals(fields.format)) {
      throw corrupt(
          "not a baseline file: the header's format is not " + BaselineFormat.FORMAT_NAME, null);
    }
    if (fields.version == null || fields.version < 1) {
      throw corrupt("the header's version is missing or not a positive integer", null);
    }
    if (fields.version > BaselineFormat.VERSION) {
      throw new BaselineFormatException(
          Problem.NEWER_FORMAT,
          lineNumber(),
          "written in format version "
              + fields.version
              + ", newer than version "
              + BaselineFormat.VERSION
              + " which this SDK version reads; upgrade the SDK or take a full snapshot",
          null);
    }
    if (fields.badField != null) {
      throw corrupt("the header's " + fields.badField + " is not a string", null);
    }
    BaselineHeader.Builder b = BaselineHeader.builder();
    try {
      if (fields.apiVersion != null) {
        b.apiVersion(fields.apiVersion);
      }
      if (fields.district != null) {
        b.districtId(fields.district);
      }
      if (fields.takenAt != null) {
        b.takenAt(Instant.parse(fields.takenAt));
      }
      if (fields.eventsCursor != null) {
        b.eventsCursor(fields.eventsCursor);
      }
      return b.build();
    } catch (DateTimeParseException e) {
      throw corrupt("the header's taken_at is not an ISO-8601 instant", e);
    } catch (IllegalStateException e) {
      throw corrupt("incomplete header: " + e.getMessage(), e);
    }
  }

  /** The header's fields as read, before they are checked. */
  private static final class HeaderFields {
    String format;
    Integer version;
    String apiVersion;
    String district;
    String takenAt;
    String eventsCursor;

    /** The first field that has the wrong JSON type, or null. */
    String badField;
  }

  private HeaderFields headerFields(String line) {
    JsonReader in = reader(line);
    HeaderFields f = new HeaderFields();
    try {
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        switch (name) {
          case "format":
            f.format = text(in, name, f);
            break;
          case "version":
            if (in.peek() == JsonToken.NUMBER) {
              f.version = in.nextInt();
            } else {
              in.skipValue();
            }
            break;
          case "api_version":
            f.apiVersion = text(in, name, f);
            break;
          case "district":
            f.district = text(in, name, f);
            break;
          case "taken_at":
            f.takenAt = text(in, name, f);
            break;
          case "events_cursor":
            f.eventsCursor = text(in, name, f);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      endOfLine(in);
      return f;
    } catch (IOException | IllegalStateException | NumberFormatException | JsonParseException e) {
      throw corrupt("not a valid baseline header (" + problem(in, e) + ")", e);
    }
  }

  /** Reads a string field, or skips a value of another type and notes the field as bad. */
  private static String text(JsonReader in, String field, HeaderFields f) throws IOException {
    if (in.peek() == JsonToken.STRING) {
      return in.nextString();
    }
    in.skipValue();
    if (f.badField == null) {
      f.badField = field;
    }
    return null;
  }

  /**
   * Reads one record line into the roster, or the end line.
   *
   * @param first whether this is the first line after the header, which must be the district
   * @return the line's kind
   */
  private LineKind recordLine(String line, RosterSnapshot.Builder roster, boolean first) {
    JsonReader in = reader(line);
    LineKind kind = null;
    try {
      in.beginObject();
      if (!in.hasNext() || !in.nextName().equals("kind") || in.peek() != JsonToken.STRING) {
        throw corrupt("a line must start with its \"kind\"", null);
      }
      kind = LineKind.of(in.nextString());
      if (kind == null) {
        throw corrupt("unknown line kind", null);
      }
      if (first != (kind == LineKind.DISTRICT)) {
        throw corrupt(
            first ? "the line after the header must be the district" : "a second district", null);
      }
      if (kind == LineKind.END) {
        expectName(in, "records");
        long records = in.nextLong();
        if (records != lineNumber() - 2) {
          throw corrupt(
              "the end line counts " + records + " records but the file has " + (lineNumber() - 2),
              null);
        }
      } else {
        expectName(in, "record");
        readRecord(in, kind, roster);
      }
      in.endObject();
      endOfLine(in);
      return kind;
    } catch (CleverJsonException e) {
      throw corrupt(
          "bad " + (kind == null ? "line" : kind.tag + " record") + ": " + e.getMessage(), e);
    } catch (IOException | IllegalStateException | NumberFormatException | JsonParseException e) {
      throw corrupt("not a valid line (" + problem(in, e) + ")", e);
    }
  }

  private void readRecord(JsonReader in, LineKind kind, RosterSnapshot.Builder roster) {
    switch (kind) {
      case DISTRICT:
        District district = CleverJson.DISTRICT.read(in);
        if (!district.id().equals(header.districtId())) {
          throw corrupt("the district record is not the header's district", null);
        }
        roster.district(district);
        break;
      case SCHOOL:
        roster.addSchools(CleverJson.SCHOOL.read(in));
        break;
      case TERM:
        roster.addTerms(CleverJson.TERM.read(in));
        break;
      case COURSE:
        roster.addCourses(CleverJson.COURSE.read(in));
        break;
      case SECTION:
        roster.addSections(CleverJson.SECTION.read(in));
        break;
      case USER:
        roster.addUsers(CleverJson.USER.read(in));
        break;
      default:
        throw new IllegalStateException("not a record kind: " + kind.tag);
    }
  }

  private void expectName(JsonReader in, String name) throws IOException {
    if (!in.hasNext() || !in.nextName().equals(name)) {
      throw corrupt("expected \"" + name + "\" after the kind", null);
    }
  }

  private void endOfLine(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.END_DOCUMENT) {
      throw corrupt("more than one JSON value on the line", null);
    }
  }

  /** Describes a parser failure by where it happened, never by the input it saw. */
  private static String problem(JsonReader in, Exception e) {
    return (e instanceof IOException ? "malformed JSON" : "unexpected JSON")
        + " at "
        + in.getPath();
  }

  private BaselineFormatException corrupt(String detail, Throwable cause) {
    return new BaselineFormatException(Problem.CORRUPT, lineNumber(), detail, cause);
  }

  private static JsonReader reader(String line) {
    JsonReader in = new JsonReader(new StringReader(line));
    in.setStrictness(Strictness.STRICT);
    return in;
  }
}

package com.classtag.clever.model;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.Reader;
import java.io.Writer;

/**
 * The entry point for reading and writing Clever JSON: one {@link JsonCodec} per record type, and
 * codecs for the response envelopes around them.
 *
 * <pre>{@code
 * ListPage<User> page = CleverJson.listPage(CleverJson.USER).fromJson(inputStream);
 * for (User user : page.records()) { ... }
 * }</pre>
 */
public final class CleverJson {
  /** Codec of {@link School} records. */
  public static final JsonCodec<School> SCHOOL = SchoolCodec.INSTANCE;

  /** Codec of {@link Link} objects. */
  public static final JsonCodec<Link> LINK = LinkCodec.INSTANCE;

  // --- people: users, their roles and /me ---

  /**
   * Codec of {@link User} records: students, teachers, staff, district administrators and contacts,
   * with their roles. Accepts the {@code districtadmin} role key as {@code district_admin}.
   */
  public static final JsonCodec<User> USER = UserCodec.INSTANCE;

  /** Codec of {@link Me}, the {@code data} of {@code GET /me}; use it with {@link #single}. */
  public static final JsonCodec<Me> ME = MeCodec.INSTANCE;

  // --- organisation: districts, sections, terms, courses, resources, events ---

  /** Codec of {@link District} records. */
  public static final JsonCodec<District> DISTRICT = DistrictCodec.INSTANCE;

  /** Codec of {@link Section} records. */
  public static final JsonCodec<Section> SECTION = SectionCodec.INSTANCE;

  /** Codec of {@link Term} records. */
  public static final JsonCodec<Term> TERM = TermCodec.INSTANCE;

  /** Codec of {@link Course} records. */
  public static final JsonCodec<Course> COURSE = CourseCodec.INSTANCE;

  /** Codec of {@link Resource} records. */
  public static final JsonCodec<Resource> RESOURCE = ResourceCodec.INSTANCE;

  /**
   * Codec of {@link Event}s. Reads an event of any type, known or not; a record of a known type is
   * parsed into its model.
   */
  public static final JsonCodec<Event> EVENT = EventCodec.INSTANCE;

  private CleverJson() {}

  /**
   * Returns the codec of a list response whose records {@code records} reads.
   *
   * @param records the record codec, such as {@link #USER}
   * @param <T> the record type
   * @return the envelope codec
   */
  public static <T> JsonCodec<ListPage<T>> listPage(JsonCodec<T> records) {
    return new EnvelopeCodecs.ListPageCodec<>(records);
  }

  /**
   * Returns the codec of a single-resource response whose record {@code records} reads.
   *
   * @param records the record codec, such as {@link #USER}
   * @param <T> the record type
   * @return the envelope codec
   */
  public static <T> JsonCodec<SingleResponse<T>> single(JsonCodec<T> records) {
    return new EnvelopeCodecs.SingleCodec<>(records);
  }

  /** Returns a strict JSON reader, the way every codec here reads. */
  static JsonReader reader(Reader source) {
    JsonReader in = new JsonReader(source);
    in.setStrictness(Strictness.STRICT);
    return in;
  }

  /** Returns a compact JSON writer that keeps non-ASCII and HTML characters as they are. */
  static JsonWriter writer(Writer sink) {
    JsonWriter out = new JsonWriter(sink);
    out.setHtmlSafe(false);
    out.setSerializeNulls(false);
    return out;
  }
}

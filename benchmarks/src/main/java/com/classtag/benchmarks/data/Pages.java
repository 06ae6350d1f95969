package com.classtag.benchmarks.data;

import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders pages of a {@link DistrictShape} as the UTF-8 bytes of Clever list responses: {@code
 * data} with one {@code {"data": ..., "uri": ...}} entry per record, then {@code links} with {@code
 * self} and, unless the page is the last, {@code next}.
 */
public final class Pages {
  private final DistrictShape shape;
  private final UserWriter users;
  private final SectionWriter sections;

  /**
   * Creates a renderer of a district's pages.
   *
   * @param shape the district
   */
  public Pages(DistrictShape shape) {
    this.shape = shape;
    this.users = new UserWriter(shape);
    this.sections = new SectionWriter(shape);
  }

  /**
   * Renders the {@code /users} page of the users from {@code from}, {@code count} of them or fewer
   * at the end.
   *
   * @param from the index of the first user
   * @param count the page size
   * @return the response body
   * @throws IllegalArgumentException if {@code from} is outside the district
   */
  public byte[] users(int from, int count) {
    if (from < 0 || from >= shape.users()) {
      throw new IllegalArgumentException(
          "from must be within the " + shape.users() + " users, was " + from);
    }
    int to = (int) Math.min((long) from + count, shape.users());
    return render(
        "users",
        count,
        from,
        to,
        (out, i) -> users.writeEntry(out, i),
        shape::userId,
        to < shape.users());
  }

  /**
   * Renders the {@code /sections} page of the sections from {@code from}, {@code count} of them or
   * fewer at the end.
   *
   * @param from the index of the first section
   * @param count the page size
   * @return the response body
   * @throws IllegalArgumentException if {@code from} is outside the district
   */
  public byte[] sections(int from, int count) {
    if (from < 0 || from >= shape.sections()) {
      throw new IllegalArgumentException(
          "from must be within the " + shape.sections() + " sections, was " + from);
    }
    int to = (int) Math.min((long) from + count, shape.sections());
    return render(
        "sections",
        count,
        from,
        to,
        (out, i) -> sections.writeEntry(out, i),
        shape::sectionId,
        to < shape.sections());
  }

  private interface EntryWriter {
    void write(JsonWriter out, int index) throws IOException;
  }

  private interface IdOf {
    String id(int index);
  }

  private static byte[] render(
      String path, int limit, int from, int to, EntryWriter entries, IdOf ids, boolean hasNext) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, (to - from) * 900));
    try (JsonWriter out = new JsonWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
      out.setHtmlSafe(false);
      out.beginObject().name("data").beginArray();
      for (int i = from; i < to; i++) {
        entries.write(out, i);
      }
      out.endArray();
      String self =
          "/v3.0/"
              + path
              + "?limit="
              + limit
              + (from == 0 ? "" : "&starting_after=" + ids.id(from - 1));
      out.name("links").beginArray();
      out.beginObject().name("rel").value("self").name("uri").value(self).endObject();
      if (hasNext) {
        out.beginObject()
            .name("rel")
            .value("next")
            .name("uri")
            .value("/v3.0/" + path + "?limit=" + limit + "&starting_after=" + ids.id(to - 1))
            .endObject();
      }
      out.endArray().endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}

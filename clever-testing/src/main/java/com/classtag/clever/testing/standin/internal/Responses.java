package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Builds the stand-in's responses in Clever's v3 wire format, each body streamed with a JsonWriter.
 */
final class Responses {
  private static final int WRITE_BUFFER = 64 * 1024;

  private Responses() {}

  /** Writes one JSON document to a response body. */
  interface JsonBody {
    void write(JsonWriter out) throws IOException;
  }

  static Response json(int status, JsonBody body) {
    return new Response(
        status,
        Response.JSON,
        out -> {
          // The writer is flushed, not closed: the exchange owns the stream.
          BufferedWriter text =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), WRITE_BUFFER);
          JsonWriter json = new JsonWriter(text);
          json.setHtmlSafe(false);
          body.write(json);
          json.flush();
        });
  }

  /** Clever's documented error body, {@code {"message": ...}}. */
  static Response error(int status, String message) {
    return json(status, out -> out.beginObject().name("message").value(message).endObject());
  }

  /** An HTML page, as a proxy in front of Clever answers when the service behind it is down. */
  static Response html(int status, String title) {
    byte[] page =
        ("<html><head><title>"
                + title
                + "</title></head><body><h1>"
                + title
                + "</h1></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);
    return new Response(status, "text/html; charset=utf-8", out -> out.write(page));
  }

  /**
   * A list page: records {@code from} (inclusive) to {@code to} (exclusive) of a collection, each
   * wrapped with its {@code uri}, then the links.
   */
  static Response page(ListPlan plan) {
    return json(
        200,
        out -> {
          out.beginObject().name("data").beginArray();
          RecordSource source = plan.source();
          for (int i = plan.from(); i < plan.to(); i++) {
            out.beginObject().name("data");
            source.write(i, out);
            out.name("uri").value(plan.itemPath() + "/" + source.id(i));
            out.endObject();
          }
          out.endArray();
          out.name("links").beginArray();
          link(out, "self", plan.selfUri());
          if (plan.nextUri() != null) {
            link(out, "next", plan.nextUri());
          }
          if (plan.prevUri() != null) {
            link(out, "prev", plan.prevUri());
          }
          out.endArray().endObject();
        });
  }

  /** A single-resource response: the record and a self link. */
  static Response single(RecordSource source, int index, String selfUri) {
    return json(
        200,
        out -> {
          out.beginObject().name("data");
          source.write(index, out);
          out.name("links").beginArray();
          link(out, "self", selfUri);
          out.endArray().endObject();
        });
  }

  /** {@code /me} for a district token, in the v3 shape. */
  static Response me(String version, String districtId) {
    return json(
        200,
        out -> {
          out.beginObject().name("type").value("district");
          out.name("data")
              .beginObject()
              .name("id")
              .value(districtId)
              .name("district")
              .value(districtId)
              .name("type")
              .value("district")
              .name("authorized_by")
              .value("district")
              .endObject();
          out.name("links").beginArray();
          link(out, "self", "/me");
          link(out, "canonical", "/" + version + "/districts/" + districtId);
          link(out, "district", "/" + version + "/districts/" + districtId);
          out.endArray().endObject();
        });
  }

  private static void link(JsonWriter out, String rel, String uri) throws IOException {
    out.beginObject().name("rel").value(rel).name("uri").value(uri).endObject();
  }
}

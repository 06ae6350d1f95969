package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class LinkCodec extends JsonCodec<Link> {
  static final LinkCodec INSTANCE = new LinkCodec();

  @Override
  Link readValue(JsonReader in) throws IOException {
    Link.Builder b = Link.builder();
    String rel = "";
    String uri = "";
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "rel":
          rel = orEmpty(Json.pooled(in));
          break;
        case "uri":
          uri = orEmpty(Json.string(in));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.rel(rel).uri(uri).build();
  }

  @Override
  void writeValue(JsonWriter out, Link link) throws IOException {
    out.beginObject();
    out.name("rel").value(link.rel());
    out.name("uri").value(link.uri());
    Json.writeFields(out, link.unknownFields());
    out.endObject();
  }

  /** Reads a {@code links} array; {@code null} reads as empty. */
  static List<Link> readList(JsonReader in) throws IOException {
    if (Json.nullOr(in, JsonToken.BEGIN_ARRAY, "an array of links")) {
      return Collections.emptyList();
    }
    List<Link> links = new ArrayList<>(3);
    in.beginArray();
    while (in.hasNext()) {
      links.add(INSTANCE.readValue(in));
    }
    in.endArray();
    return links;
  }

  static void writeList(JsonWriter out, List<Link> links) throws IOException {
    out.name("links").beginArray();
    for (Link link : links) {
      INSTANCE.writeValue(out, link);
    }
    out.endArray();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}

package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/** Codecs of the response envelopes, each wrapping the codec of its record type. */
final class EnvelopeCodecs {
  private EnvelopeCodecs() {}

  /** Reads one list entry {@code {"data":{..},"uri":".."}}; a missing record is an error. */
  static <T> ListEntry<T> readEntry(JsonReader in, JsonCodec<T> records) throws IOException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      throw Json.error(in, "expected a list entry object", null);
    }
    ListEntry.Builder<T> b = new ListEntry.Builder<>();
    boolean hasData = false;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "data":
          b.data(records.read(in));
          hasData = true;
          break;
        case "uri":
          b.uri(java.util.Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasData) {
      throw Json.error(in, "list entry has no data", null);
    }
    in.endObject();
    return b.build();
  }

  static <T> void writeEntry(JsonWriter out, ListEntry<T> entry, JsonCodec<T> records)
      throws IOException {
    out.beginObject();
    out.name("data");
    records.writeValue(out, entry.data());
    Json.write(out, "uri", entry.uri());
    Json.writeFields(out, entry.unknownFields());
    out.endObject();
  }

  static final class ListPageCodec<T> extends JsonCodec<ListPage<T>> {
    private final JsonCodec<T> records;

    ListPageCodec(JsonCodec<T> records) {
      this.records = records;
    }

    @Override
    ListPage<T> readValue(JsonReader in) throws IOException {
      ListPage.Builder<T> b = ListPage.builder();
      boolean hasData = false;
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        switch (name) {
          case "data":
            hasData = true;
            if (Json.nullOr(in, JsonToken.BEGIN_ARRAY, "an array of records")) {
              break;
            }
            in.beginArray();
            while (in.hasNext()) {
              b.addData(readEntry(in, records));
            }
            in.endArray();
            break;
          case "links":
            b.links(LinkCodec.readList(in));
            break;
          default:
            b.putUnknownFields(Json.share(name), Json.value(in));
        }
      }
      if (!hasData) {
        throw Json.error(in, "list response has no data array", null);
      }
      in.endObject();
      return b.build();
    }

    @Override
    void writeValue(JsonWriter out, ListPage<T> page) throws IOException {
      out.beginObject();
      out.name("data").beginArray();
      for (ListEntry<T> entry : page.data()) {
        writeEntry(out, entry, records);
      }
      out.endArray();
      LinkCodec.writeList(out, page.links());
      Json.writeFields(out, page.unknownFields());
      out.endObject();
    }
  }

  static final class SingleCodec<T> extends JsonCodec<SingleResponse<T>> {
    private final JsonCodec<T> records;

    SingleCodec(JsonCodec<T> records) {
      this.records = records;
    }

    @Override
    SingleResponse<T> readValue(JsonReader in) throws IOException {
      SingleResponse.Builder<T> b = new SingleResponse.Builder<>();
      boolean hasData = false;
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        switch (name) {
          case "data":
            b.data(records.read(in));
            hasData = true;
            break;
          case "links":
            b.links(LinkCodec.readList(in));
            break;
          case "type":
            b.type(java.util.Optional.ofNullable(Json.string(in)));
            break;
          default:
            b.putUnknownFields(Json.share(name), Json.value(in));
        }
      }
      if (!hasData) {
        throw Json.error(in, "response has no data", null);
      }
      in.endObject();
      return b.build();
    }

    @Override
    void writeValue(JsonWriter out, SingleResponse<T> response) throws IOException {
      out.beginObject();
      out.name("data");
      records.writeValue(out, response.data());
      Json.write(out, "type", response.type());
      if (!response.links().isEmpty()) {
        LinkCodec.writeList(out, response.links());
      }
      Json.writeFields(out, response.unknownFields());
      out.endObject();
    }
  }
}

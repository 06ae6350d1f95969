package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class TermCodec extends JsonCodec<Term> {
  static final TermCodec INSTANCE = new TermCodec();

  @Override
  Term readValue(JsonReader in) throws IOException {
    Term.Builder b = Term.builder();
    boolean hasId = false;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "id":
          b.id(Json.id(in));
          hasId = true;
          break;
        case "district":
          b.district(Optional.ofNullable(Json.pooled(in)));
          break;
        case "name":
          b.name(Optional.ofNullable(Json.pooled(in)));
          break;
        case "start_date":
          b.rawStartDate(Optional.ofNullable(Json.pooled(in)));
          break;
        case "end_date":
          b.rawEndDate(Optional.ofNullable(Json.pooled(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "term has no id", null);
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Term v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "district", v.district());
    Json.write(out, "name", v.name());
    Json.write(out, "start_date", v.rawStartDate());
    Json.write(out, "end_date", v.rawEndDate());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}

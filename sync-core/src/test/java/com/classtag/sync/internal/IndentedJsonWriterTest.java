package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.ReasonCode;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The plan JSON's writer lays out and escapes every document exactly as Gson's {@code JsonWriter}
 * with a two-space indent, the layout of every plan written so far.
 */
class IndentedJsonWriterTest {
  /** Gson's own pretty printing: a two-space indent; nulls kept and HTML characters as they are. */
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  @Property(tries = 300)
  void writesWhatGsonsIndentedWriterWrites(@ForAll("documents") Map<String, Object> document)
      throws IOException {
    StringWriter ours = new StringWriter();
    write(new IndentedJsonWriter(ours), document);
    assertThat(ours.toString()).isEqualTo(GSON.toJson(GSON.toJsonTree(document)));
  }

  @Test
  void anExplanationWrittenFromPartsIsTheJoinedExplanationEscaped() throws IOException {
    Decision d =
        Decision.builder()
            .kind(DecisionKind.SKIP)
            .reason(ReasonCode.NO_USABLE_CREDENTIAL)
            .explanationParts("Keep \"a\"\\", "\n\t\u2028", "é\u0001 done.")
            .build();
    StringWriter gson = new StringWriter();
    new JsonWriter(gson).value(d.explanation()).flush();
    StringWriter ours = new StringWriter();
    new IndentedJsonWriter(ours).parts(d, DecisionAccess.explanationParts(d));
    assertThat(ours.toString()).isEqualTo(gson.toString());
  }

  @Test
  void aProvisionalIdWrittenFromPartsIsTheIdEscaped() throws IOException {
    Decision d =
        Decision.builder()
            .kind(DecisionKind.LINK_CONTACT)
            .reason(ReasonCode.GUARDIAN_OF_STUDENT)
            .targetId("new:contact:c\"1")
            .relatedId("new:student:s\\1\u2028")
            .addSourceIds("c\"1", "s\\1\u2028")
            .explanation("Link them.")
            .build();
    assertThat(DecisionAccess.targetParts(d)).isInstanceOf(Object[].class);
    assertThat(DecisionAccess.relatedParts(d)).isInstanceOf(Object[].class);
    StringWriter gson = new StringWriter();
    JsonWriter g = new JsonWriter(gson);
    g.setIndent("  ");
    g.beginArray().value(d.targetId().get()).value(d.relatedId().get()).endArray().flush();
    StringWriter ours = new StringWriter();
    new IndentedJsonWriter(ours)
        .beginArray()
        .parts(d, DecisionAccess.targetParts(d))
        .parts(d, DecisionAccess.relatedParts(d))
        .endArray();
    assertThat(ours.toString()).isEqualTo(gson.toString()).contains("\"new:contact:c\\\"1\"");
  }

  @Provide
  Arbitrary<Map<String, Object>> documents() {
    return objects(3);
  }

  private static Arbitrary<Map<String, Object>> objects(int depth) {
    return Arbitraries.maps(text(), values(depth)).ofMaxSize(4).map(LinkedHashMap::new);
  }

  @SuppressWarnings("unchecked")
  private static Arbitrary<Object> values(int depth) {
    List<Arbitrary<?>> kinds = new ArrayList<>();
    kinds.add(text().injectNull(0.2));
    kinds.add(Arbitraries.longs());
    kinds.add(Arbitraries.of(true, false));
    if (depth > 0) {
      kinds.add(objects(depth - 1));
      kinds.add(values(depth - 1).list().ofMaxSize(3));
    }
    return Arbitraries.oneOf((List<Arbitrary<Object>>) (List<?>) kinds);
  }

  /** Any text, half of it made of the characters JSON escapes and their neighbours. */
  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars("\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029é€😀 aZ:,{}[]")
            .ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(12));
  }

  private static void write(IndentedJsonWriter w, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      w.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        w.name((String) e.getKey());
        write(w, e.getValue());
      }
      w.endObject();
    } else if (value instanceof List<?> list) {
      w.beginArray();
      for (Object v : list) {
        write(w, v);
      }
      w.endArray();
    } else if (value instanceof Long n) {
      w.value(n.longValue());
    } else if (value instanceof Boolean b) {
      w.value(b.booleanValue());
    } else {
      w.value((String) value);
    }
  }
}

package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Randomly damaged fixtures (fields removed, values swapped for another JSON type, text truncated
 * or corrupted) either parse or fail with {@link CleverJsonException}, never anything else; and
 * whatever parses writes back to an equal value.
 */
class OrganisationMutationTest {
  /** A fixture and the codecs that read it. */
  private static final class Case {
    final String path;
    final JsonCodec<?> codec;
    final JsonCodec<?> pageRecords;

    Case(String path, JsonCodec<?> codec, JsonCodec<?> pageRecords) {
      this.path = path;
      this.codec = codec;
      this.pageRecords = pageRecords;
    }

    static Case page(String path, JsonCodec<?> records) {
      return new Case(path, CleverJson.listPage(records), records);
    }

    static Case single(String path, JsonCodec<?> records) {
      return new Case(path, CleverJson.single(records), null);
    }

    @Override
    public String toString() {
      return path;
    }
  }

  private static final List<Case> CASES =
      List.of(
          Case.page("districts/districts-v3.1.json", CleverJson.DISTRICT),
          Case.page("districts/districts-v3.0.json", CleverJson.DISTRICT),
          Case.single("districts/district-paused-dates.json", CleverJson.DISTRICT),
          new Case("districts/district-unknowns.json", CleverJson.DISTRICT, null),
          Case.page("sections/sections-page.json", CleverJson.SECTION),
          Case.single("sections/section-v3.1.json", CleverJson.SECTION),
          new Case("sections/section-odd-values.json", CleverJson.SECTION, null),
          Case.page("terms/terms-page.json", CleverJson.TERM),
          Case.page("courses/courses-page.json", CleverJson.COURSE),
          Case.page("resources/resources-page.json", CleverJson.RESOURCE),
          Case.page("events/events-every-type.json", CleverJson.EVENT),
          Case.page("events/events-unknown-types.json", CleverJson.EVENT),
          Case.single("events/event-data-before-type.json", CleverJson.EVENT),
          Case.single("events/event-spec-previous-attributes.json", CleverJson.EVENT),
          Case.single("events/event-student-updated.json", CleverJson.EVENT),
          Case.page("envelopes/links-first-page.json", CleverJson.COURSE),
          Case.page("envelopes/empty-page-next.json", CleverJson.TERM),
          Case.single("envelopes/me.json", CleverJson.ME));

  private static final List<JsonElement> REPLACEMENTS =
      List.of(
          JsonNull.INSTANCE,
          new JsonPrimitive(""),
          new JsonPrimitive("text"),
          new JsonPrimitive(7),
          new JsonPrimitive(-1.5e300),
          new JsonPrimitive(true),
          new JsonArray(),
          array(new JsonPrimitive(1), new JsonPrimitive("a"), JsonNull.INSTANCE),
          new JsonObject(),
          object("id", new JsonPrimitive(5)),
          object("data", new JsonArray()));

  /** Characters that, inserted anywhere, break the JSON's structure or a token. */
  private static final String CORRUPTIONS = "{}[],:\"\\x0-";

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(CASES);
  }

  @Property(tries = 2000)
  void damagedTreesFailOnlyWithCleverJsonException(
      @ForAll("cases") Case c,
      @ForAll Random random,
      @ForAll @IntRange(min = 1, max = 4) int damages) {
    JsonElement tree = FixtureFiles.tree(FixtureFiles.read(c.path));
    for (int i = 0; i < damages; i++) {
      tree = damage(tree, random);
    }
    assertReadsOrFailsCleanly(c, tree.toString());
    requireBothOutcomes();
  }

  @Property(tries = 1000)
  void truncatedOrCorruptedTextFailsOnlyWithCleverJsonException(
      @ForAll("cases") Case c, @ForAll Random random, @ForAll boolean truncate) {
    String json = FixtureFiles.read(c.path);
    int at = random.nextInt(json.length());
    String damaged =
        truncate
            ? json.substring(0, at)
            : json.substring(0, at)
                + CORRUPTIONS.charAt(random.nextInt(CORRUPTIONS.length()))
                + json.substring(at);
    assertReadsOrFailsCleanly(c, damaged);
    requireBothOutcomes();
  }

  /**
   * Guards against a vacuous property: the damage must sometimes be survivable and sometimes not.
   */
  private static void requireBothOutcomes() {
    Statistics.label("outcome")
        .coverage(
            coverage -> {
              coverage.check("parsed").percentage(p -> p > 5);
              coverage.check("rejected").percentage(p -> p > 5);
            });
  }

  private static void assertReadsOrFailsCleanly(Case c, String json) {
    Object value;
    try {
      value = c.codec.fromJson(json);
    } catch (CleverJsonException expected) {
      value = null;
    }
    Statistics.label("outcome").collect(value == null ? "rejected" : "parsed");
    if (value != null) {
      assertThat(writeAndRead(c.codec, value)).isEqualTo(value);
    }
    if (c.pageRecords != null) {
      try (PageReader<?> page = PageReader.open(new StringReader(json), c.pageRecords)) {
        page.forEachRemaining(record -> assertThat(record).isNotNull());
        page.links();
      } catch (CleverJsonException expected) {
        // the documented failure
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T writeAndRead(JsonCodec<T> codec, Object value) {
    return codec.fromJson(codec.toJson((T) value));
  }

  /**
   * Removes or replaces one randomly chosen element of the tree, or replaces the whole document.
   */
  private static JsonElement damage(JsonElement root, Random random) {
    List<JsonElement> containers = new ArrayList<>();
    collectContainers(root, containers);
    if (containers.isEmpty() || random.nextInt(50) == 0) {
      return REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy();
    }
    JsonElement container = containers.get(random.nextInt(containers.size()));
    boolean remove = random.nextBoolean();
    JsonElement replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy();
    if (container.isJsonObject()) {
      JsonObject o = container.getAsJsonObject();
      List<String> keys = new ArrayList<>(o.keySet());
      String key = keys.get(random.nextInt(keys.size()));
      if (remove) {
        o.remove(key);
      } else {
        o.add(key, replacement);
      }
    } else {
      JsonArray a = container.getAsJsonArray();
      int index = random.nextInt(a.size());
      if (remove) {
        a.remove(index);
      } else {
        a.set(index, replacement);
      }
    }
    return root;
  }

  /** Collects every non-empty object and array, the places a damage can happen. */
  private static void collectContainers(JsonElement e, List<JsonElement> out) {
    if (e.isJsonObject() && !e.getAsJsonObject().isEmpty()) {
      out.add(e);
      e.getAsJsonObject().entrySet().forEach(m -> collectContainers(m.getValue(), out));
    } else if (e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
      out.add(e);
      e.getAsJsonArray().forEach(x -> collectContainers(x, out));
    }
  }

  private static JsonArray array(JsonElement... elements) {
    JsonArray a = new JsonArray();
    for (JsonElement e : elements) {
      a.add(e);
    }
    return a;
  }

  private static JsonObject object(String key, JsonElement value) {
    JsonObject o = new JsonObject();
    o.add(key, value);
    return o;
  }
}

package com.classtag.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanJsonTest {
  private static final Path DOCS = Path.of("..", "docs", "plan");

  static String resource(String name) {
    try (InputStream in = PlanJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aPlanIsWrittenExactlyAsTheGoldenFile() {
    assertThat(PlanJson.toJson(GoldenPlans.plan())).isEqualTo(resource("golden-plan.json"));
  }

  @Test
  void theGoldenFileReadsBackIntoAnEqualPlan() {
    assertThat(PlanJson.fromJson(resource("golden-plan.json"))).isEqualTo(GoldenPlans.plan());
  }

  @Test
  void theDocumentedExampleIsTheGoldenPlan() throws IOException {
    assertThat(Files.readString(DOCS.resolve("example-plan.json")))
        .isEqualTo(resource("golden-plan.json"));
  }

  @Test
  void aMinimalDocumentReadsWithDefaults() {
    Plan plan = PlanJson.fromJson("{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\"}");

    assertThat(plan).isEqualTo(Plan.builder().generatedAt(Fixtures.NOW).build());
  }

  @Test
  void sourceIdsOfEveryCountAndValuesAreWrittenInOrder() {
    Plan plan =
        Plan.builder()
            .generatedAt(Fixtures.NOW)
            .addDecisions(
                skip().build(),
                skip().addSourceIds("s-1").build(),
                skip().addSourceIds("s-1", "s-2").build(),
                skip()
                    .addSourceIds("sec-1", "sec-2", "sec-3")
                    .putValues(Field.LAST_NAME, "Ng")
                    .putValues(Field.EMAIL, "")
                    .heldBy(HoldReason.DELETION_THRESHOLD)
                    .build())
            .build();

    JsonArray decisions =
        JsonParser.parseString(PlanJson.toJson(plan)).getAsJsonObject().getAsJsonArray("decisions");

    assertThat(decisions)
        .extracting(d -> d.getAsJsonObject().get("sourceIds").toString())
        .containsExactly("[]", "[\"s-1\"]", "[\"s-1\",\"s-2\"]", "[\"sec-1\",\"sec-2\",\"sec-3\"]");
    assertThat(decisions.get(3).getAsJsonObject().get("values").toString())
        .isEqualTo("{\"email\":\"\",\"lastName\":\"Ng\"}");
    assertThat(decisions.get(0).getAsJsonObject().has("values")).isFalse();
    assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
  }

  private static Decision.Builder skip() {
    return Decision.builder()
        .kind(DecisionKind.SKIP)
        .reason(ReasonCode.NO_USABLE_CREDENTIAL)
        .explanation("Keep it.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"generatedAt\":\"2025-01-15T07:00:00Z\"}|$.schemaVersion|is missing",
        "{\"schemaVersion\":3,\"generatedAt\":\"2025-01-15T07:00:00Z\"}|$.schemaVersion|version 3 is not supported",
        "{\"schemaVersion\":0,\"generatedAt\":\"2025-01-15T07:00:00Z\"}|$.schemaVersion|version 0 is not supported",
        "{\"schemaVersion\":1}|$.generatedAt|is missing",
        "{\"schemaVersion\":1,\"generatedAt\":\"yesterday\"}|$.generatedAt|ISO-8601",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"extra\":1}|$.extra|unknown field",
        "{\"schemaVersion\":1,\"schemaVersion\":1}|$.schemaVersion|appears twice",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"decisions\":[{\"kind\":\"DELETE\"}]}|$.decisions[0].kind|unknown DecisionKind \"DELETE\"",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"decisions\":[{\"kind\":\"SKIP\",\"reason\":\"NEW_PERSON\"}]}|$.decisions[0].explanation|is missing",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"decisions\":[{\"kind\":\"SKIP\",\"values\":{\"email\":1}}]}|$.decisions[0].values.email|expected a string",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"decisions\":[{\"kind\":\"SKIP\",\"values\":{\"colour\":\"x\"}}]}|$.decisions[0].values.colour|is not a decision value",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"decisions\":[{\"kind\":\"SKIP\",\"values\":{\"ext.\":\"x\"}}]}|$.decisions[0].values.ext.|is not a decision value",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"holds\":[{\"reason\":\"EMPTY_FEED\",\"heldCount\":-1}]}|$.holds[0].heldCount|must not be negative",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\"} {}|$|unexpected content after the plan",
        "[]|$|expected an object",
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"warnings\":[{\"code\":\"SHARED_EMAIL\"|$.warnings[0]|malformed or truncated"
      })
  void badJsonIsATypedErrorNamingThePlace(String json, String path, String message) {
    assertThatThrownBy(() -> PlanJson.fromJson(json))
        .isInstanceOfSatisfying(
            PlanFormatException.class, e -> assertThat(e.path()).startsWith(path))
        .hasMessageContaining(message);
  }

  @Test
  void errorsNeverQuoteDecisionValues() {
    String json =
        "{\"schemaVersion\":1,\"generatedAt\":\"2025-01-15T07:00:00Z\",\"decisions\":[{\"kind\":"
            + "\"INVITE_CONTACT\",\"values\":{\"email\":\"private@home.example\",\"lastName\":7}}]}";

    assertThatThrownBy(() -> PlanJson.fromJson(json))
        .isInstanceOf(PlanFormatException.class)
        .message()
        .doesNotContain("private@home.example");
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> PlanJson.toJson(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanJson.fromJson(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanJson.read((Reader) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanJson.write(GoldenPlans.plan(), (Writer) null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailingWriterIsAnUncheckedIoError() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> PlanJson.write(GoldenPlans.plan(), broken))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void theJsonSchemaListsExactlyTheCodesThisVersionWrites() throws IOException {
    JsonObject defs =
        JsonParser.parseString(Files.readString(DOCS.resolve("plan.schema.json")))
            .getAsJsonObject()
            .getAsJsonObject("$defs");

    assertThat(enumOf(defs, "decisionKind")).isEqualTo(names(DecisionKind.values()));
    assertThat(enumOf(defs, "reasonCode")).isEqualTo(names(ReasonCode.values()));
    assertThat(enumOf(defs, "holdReason")).isEqualTo(names(HoldReason.values()));
    assertThat(enumOf(defs, "warningCode")).isEqualTo(names(WarningCode.values()));
    assertThat(defs.getAsJsonObject("decision").getAsJsonObject("properties").keySet())
        .containsExactlyInAnyOrder(
            "kind",
            "reason",
            "schoolId",
            "classroomId",
            "targetId",
            "relatedId",
            "values",
            "sourceIds",
            "explanation",
            "heldBy");
    JsonArray valueNames =
        defs.getAsJsonObject("decision")
            .getAsJsonObject("properties")
            .getAsJsonObject("values")
            .getAsJsonObject("propertyNames")
            .getAsJsonArray("anyOf")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("enum");
    assertThat(StreamSupport.stream(valueNames.spliterator(), false).map(JsonElement::getAsString))
        .containsExactly(Arrays.stream(Field.values()).map(Field::jsonName).toArray(String[]::new));
  }

  @Test
  void theDocsPageExplainsEveryCode() throws IOException {
    String page = Files.readString(DOCS.resolve("README.md"));
    Set<String> codes = new HashSet<>();
    codes.addAll(names(DecisionKind.values()));
    codes.addAll(names(ReasonCode.values()));
    codes.addAll(names(HoldReason.values()));
    codes.addAll(names(WarningCode.values()));

    assertThat(codes).allSatisfy(c -> assertThat(page).contains("`" + c + "`"));
  }

  private static Set<String> enumOf(JsonObject defs, String name) {
    JsonArray values = defs.getAsJsonObject(name).getAsJsonArray("enum");
    return StreamSupport.stream(values.spliterator(), false)
        .map(JsonElement::getAsString)
        .collect(Collectors.toSet());
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }
}

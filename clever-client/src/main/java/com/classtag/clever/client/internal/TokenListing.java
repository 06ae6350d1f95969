package com.classtag.clever.client.internal;

import com.classtag.clever.client.AccessToken;
import com.classtag.clever.client.CleverAuthException;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.DistrictToken;
import com.classtag.clever.client.ErrorDetails;
import com.classtag.clever.model.CleverJsonException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Clever's district-token listing, {@code GET /oauth/tokens?owner_type=district}, from the
 * auth host: every page, following {@code next} links defensively (Clever documents none, and a
 * link that leaves the origin or repeats a page stops the listing with an exception), with the
 * retries and timeouts of the Data API. Parse errors never quote the body, which holds access
 * tokens. Thread-safe.
 */
public final class TokenListing {
  /**
   * How many pages are read at most: far beyond any app's district count at Clever's page sizes.
   */
  private static final int MAX_PAGES = 10_000;

  private final HttpTransport transport;
  private final Origin origin;
  private final Secret credentials;
  private final ClientRuntime runtime;

  /**
   * Creates the listing reader.
   *
   * @param transport the retrying transport, sending the client credentials
   * @param credentials the client credentials, masked out of anything taken from a response
   * @param runtime the auth host's origin, retrier, failures, listeners and seams
   */
  public TokenListing(HttpTransport transport, Secret credentials, ClientRuntime runtime) {
    this.transport = transport;
    this.origin = runtime.origin();
    this.credentials = credentials;
    this.runtime = runtime;
  }

  /**
   * Reads every district token, or the one of a district.
   *
   * @param district the district filter, or empty for all
   * @return the tokens, in the order listed
   * @throws CleverException if a page cannot be read
   */
  public List<DistrictToken> list(Optional<String> district) {
    String query =
        "owner_type=district" + district.map(id -> "&district=" + Query.encode(id)).orElse("");
    URI uri = origin.uri("/oauth/tokens", query);
    List<DistrictToken> tokens = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    Set<String> ids = new HashSet<>();
    while (uri != null) {
      if (!seen.add(uri) || seen.size() > MAX_PAGES) {
        throw runtime
            .failures()
            .unexpected(
                uri,
                new CallContext(runtime.seams().clock().instant()),
                "the token listing's next link repeats a page already read (or passes "
                    + MAX_PAGES
                    + " pages); "
                    + "stopping rather than read tokens twice");
      }
      uri = page(uri, tokens, ids);
    }
    return List.copyOf(tokens);
  }

  /** Reads one page into {@code tokens}; returns the next page, or null. */
  private URI page(URI uri, List<DistrictToken> tokens, Set<String> ids) {
    CallContext call = CallContext.start(uri, runtime.listeners(), runtime.seams().clock());
    try {
      while (true) {
        TransportResponse response;
        try {
          response = transport.send(uri, call);
        } catch (IOException e) {
          throw runtime.failures().io(uri, call, e);
        }
        if (response.status() < 200 || response.status() >= 300) {
          throw failure(response, call);
        }
        JsonElement body;
        try (response) {
          body =
              JsonParser.parseReader(
                  new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
          IOException broken = response.bodyFailure();
          if (broken instanceof LimitExceeded limit) {
            throw runtime
                .failures()
                .tooLarge(
                    response,
                    call,
                    new CleverJsonException("$", "too large", null),
                    limit.limit(),
                    limit.value(),
                    limit.getMessage());
          }
          if (broken == null) {
            // Gson's message can quote the body, which holds tokens: the cause is not kept.
            throw invalid(response, call, "$", "the body is not JSON");
          }
          if (runtime
              .retrier()
              .decide(call, broken)
              .map(wait -> await(uri, call, wait))
              .isEmpty()) {
            throw runtime.failures().io(uri, call, broken);
          }
          continue;
        }
        URI next = read(body, response, call, tokens, ids);
        call.ended(response);
        return next;
      }
    } catch (RuntimeException e) {
      call.failed(e);
      throw e;
    }
  }

  private Duration await(URI uri, CallContext call, Duration wait) {
    try {
      runtime.retrier().await(wait);
      return wait;
    } catch (IOException interrupted) {
      call.giveUp("the thread was interrupted");
      throw runtime.failures().io(uri, call, interrupted);
    }
  }

  private URI read(
      JsonElement body,
      TransportResponse response,
      CallContext call,
      List<DistrictToken> tokens,
      Set<String> ids) {
    if (!body.isJsonObject()
        || !body.getAsJsonObject().has("data")
        || !body.getAsJsonObject().get("data").isJsonArray()) {
      throw invalid(response, call, "$.data", "expected an array of tokens");
    }
    JsonArray data = body.getAsJsonObject().getAsJsonArray("data");
    for (int i = 0; i < data.size(); i++) {
      String at = "$.data[" + i + "]";
      if (!data.get(i).isJsonObject()) {
        throw invalid(response, call, at, "expected a token object");
      }
      JsonObject item = data.get(i).getAsJsonObject();
      String id = string(item, "id", at, response, call);
      JsonObject owner =
          item.has("owner") && item.get("owner").isJsonObject()
              ? item.getAsJsonObject("owner")
              : null;
      if (owner == null) {
        throw invalid(response, call, at + ".owner", "expected the owner object");
      }
      String type = string(owner, "type", at + ".owner", response, call);
      if (!type.equals("district")) {
        throw invalid(
            response,
            call,
            at + ".owner.type",
            "expected owner type district, the only one asked for");
      }
      Instant created;
      try {
        created = Instant.parse(string(item, "created", at, response, call));
      } catch (DateTimeParseException e) {
        throw invalid(response, call, at + ".created", "expected an ISO-8601 instant");
      }
      List<String> scopes = new ArrayList<>();
      JsonElement rawScopes = item.get("scopes");
      if (rawScopes != null && !rawScopes.isJsonNull()) {
        if (!rawScopes.isJsonArray()) {
          throw invalid(response, call, at + ".scopes", "expected an array of strings");
        }
        for (JsonElement scope : rawScopes.getAsJsonArray()) {
          if (!scope.isJsonPrimitive() || !scope.getAsJsonPrimitive().isString()) {
            throw invalid(response, call, at + ".scopes", "expected an array of strings");
          }
          scopes.add(scope.getAsString());
        }
      }
      AccessToken token;
      try {
        token = AccessToken.of(string(item, "access_token", at, response, call));
      } catch (IllegalArgumentException e) {
        throw invalid(response, call, at + ".access_token", "not a usable bearer token");
      }
      if (!ids.add(id)) {
        throw runtime
            .failures()
            .unexpected(
                response.uri(),
                call,
                "the token listing lists token "
                    + id
                    + " twice; stopping rather than trust a listing that repeats itself");
      }
      tokens.add(
          new DistrictToken(
              id, created, string(owner, "id", at + ".owner", response, call), scopes, token));
    }
    return next(body.getAsJsonObject(), response, call);
  }

  private URI next(JsonObject body, TransportResponse response, CallContext call) {
    JsonElement links = body.get("links");
    if (links == null || !links.isJsonArray()) {
      return null;
    }
    for (JsonElement link : links.getAsJsonArray()) {
      if (link.isJsonObject()
          && link.getAsJsonObject().has("rel")
          && "next".equals(link.getAsJsonObject().get("rel").getAsString())) {
        String target = string(link.getAsJsonObject(), "uri", "$.links[rel=next]", response, call);
        try {
          return origin.resolve(target);
        } catch (IllegalArgumentException e) {
          throw runtime
              .failures()
              .unexpected(response.uri(), call, "refusing the next link: " + e.getMessage());
        }
      }
    }
    return null;
  }

  private String string(
      JsonObject object, String name, String at, TransportResponse response, CallContext call) {
    JsonElement value = object.get(name);
    if (value == null
        || !value.isJsonPrimitive()
        || !value.getAsJsonPrimitive().isString()
        || value.getAsString().isBlank()) {
      throw invalid(response, call, at + "." + name, "expected a non-blank string");
    }
    return value.getAsString();
  }

  private CleverException invalid(
      TransportResponse response, CallContext call, String path, String problem) {
    return runtime.failures().invalid(response, call, new CleverJsonException(path, problem, null));
  }

  /**
   * Maps an error answer of the auth host: OAuth errors with a fix, the rest as for the Data API.
   */
  private CleverException failure(TransportResponse response, CallContext call) {
    int status = response.status();
    if (status < 400 || status >= 500 || status == 429) {
      return runtime.failures().fromResponse(response, call);
    }
    String excerpt;
    try (response) {
      excerpt = credentials.scrub(Failures.readExcerpt(response.body()));
    }
    String error = null;
    String description = null;
    try {
      JsonElement parsed = JsonParser.parseString(excerpt);
      if (parsed.isJsonObject()) {
        JsonObject o = parsed.getAsJsonObject();
        error =
            o.has("error") && o.get("error").isJsonPrimitive()
                ? o.get("error").getAsString()
                : null;
        description =
            o.has("error_description") && o.get("error_description").isJsonPrimitive()
                ? o.get("error_description").getAsString()
                : null;
      }
    } catch (JsonParseException | IllegalStateException e) {
      // Not OAuth's JSON: the status alone says what happened.
    }
    String code = error != null && error.matches("[A-Za-z0-9_.-]{1,64}") ? error : null;
    ErrorDetails details =
        ErrorDetails.builder("GET", Origin.pathAndQuery(response.uri()))
            .attempts(call.attempts())
            .status(status)
            .headers(response.headers().map())
            .bodyExcerpt(excerpt.isEmpty() ? null : excerpt)
            .serverMessage(credentials.scrub(description != null ? description : error))
            .build();
    String head =
        "GET "
            + details.path()
            + " (Clever's district-token listing) failed with "
            + status
            + " "
            + StatusText.of(status)
            + (code == null ? "" : " (" + code + ")")
            + ". "
            + details.requestId().map(id -> "Clever's request id: " + id + ". ").orElse("");
    String fix;
    if (status == 401 || "invalid_client".equals(code)) {
      fix =
          "Clever refused the client credentials: check CLEVER_CLIENT_ID and CLEVER_CLIENT_SECRET against the "
              + "app's settings in the Clever dashboard (the secret may have been reset), and that they are the "
              + "app's, not a district token.";
    } else if (status == 403) {
      fix =
          "The app may not list district tokens: it must be a district (Secure Sync) app, and the credentials "
              + "must be its own.";
    } else {
      fix =
          "Clever refused the request; the listing needs owner_type=district and, if filtered, a district id.";
    }
    return new CleverAuthException(head + fix, details, code);
  }
}

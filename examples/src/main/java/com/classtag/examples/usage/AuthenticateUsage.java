package com.classtag.examples.usage;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.DistrictToken;
import com.classtag.clever.client.DistrictTokens;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.examples.demo.DemoDistrict;
import java.util.List;

/**
 * Authenticating as an app that many districts authorized: list the district tokens with the app's
 * client credentials, then read every district through one client and a view per token. It runs
 * against the bundled Clever stand-in (three districts, made-up credentials); against Clever, build
 * the lister with {@code DistrictTokens.fromEnv()}, which reads {@code CLEVER_CLIENT_ID} and {@code
 * CLEVER_CLIENT_SECRET}. The README's "Authenticate" snippet is the body of {@link #run}.
 */
public final class AuthenticateUsage {
  private static final String CLIENT_ID = "demo-client-id";
  private static final String CLIENT_SECRET = "demo-client-secret";

  private AuthenticateUsage() {}

  /**
   * Starts a stand-in serving three districts, runs the example against it, and stops it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (CleverStandIn clever =
        CleverStandIn.builder(DemoDistrict.generate(60))
            .token("demo-token-1")
            .district("demo-token-2", DemoDistrict.generate(90))
            .district("demo-token-3", DemoDistrict.generate(120))
            .clientCredentials(CLIENT_ID, CLIENT_SECRET)
            .start()) {
      String host = clever.baseUrl().toString();
      // Against Clever: DistrictTokens.fromEnv(), and the default hosts (clever.com,
      // api.clever.com).
      DistrictTokens tokens =
          DistrictTokens.builder()
              .baseUrl(host)
              .clientId(CLIENT_ID)
              .clientSecret(CLIENT_SECRET)
              .build();
      run(tokens, host);
    }
  }

  /**
   * Reads every district that authorized the app.
   *
   * @param tokens the token lister, such as {@code DistrictTokens.fromEnv()}
   * @param apiBaseUrl the Data API's host, such as {@code https://api.clever.com}
   * @throws CleverException if the tokens or a district cannot be read
   */
  static void run(DistrictTokens tokens, String apiBaseUrl) {
    // snippet:start
    List<DistrictToken> districts = tokens.list(); // every district that authorized the app
    if (districts.isEmpty()) {
      return; // none yet: share the app's sign-up link
    }
    try (CleverClient root =
        CleverClient.builder()
            .baseUrl(apiBaseUrl)
            .token(districts.get(0).accessToken().reveal())
            .build()) {
      for (DistrictToken district : districts) {
        CleverClient client =
            root.withToken(district); // cheap; its own rate limit and retry budget
        RosterSnapshot roster = client.snapshot();
        System.out.println("token " + district.id() + ": " + roster.users().size() + " users");
      }
    }
    // snippet:end
  }
}

package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.EventRecordType;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The path and query of every endpoint: the 42 Data API paths, /me and the Events API. */
class EndpointsTest extends ClientTestSupport {
  private static final String ID = "5f1a2b3c4d5e6f7a8b9c0d1e";
  private static final String LIST = "list";
  private static final String ONE = "one";

  static Stream<Arguments> endpoints() {
    return Stream.of(
        list("/v3.0/districts", c -> c.districts().list()),
        one("/v3.0/districts/" + ID, c -> c.districts().get(ID)),
        list("/v3.0/schools?limit=10000", c -> c.schools().list()),
        one("/v3.0/schools/" + ID, c -> c.schools().get(ID)),
        list("/v3.0/schools/" + ID + "/courses?limit=10000", c -> c.schools().courses(ID)),
        one("/v3.0/schools/" + ID + "/district", c -> c.schools().district(ID)),
        list("/v3.0/schools/" + ID + "/sections?limit=10000", c -> c.schools().sections(ID)),
        list("/v3.0/schools/" + ID + "/terms?limit=10000", c -> c.schools().terms(ID)),
        list(
            "/v3.0/schools/" + ID + "/users?limit=10000",
            c -> c.schools().users(ID, UsersQuery.all())),
        list(
            "/v3.0/schools/" + ID + "/users?limit=10000&role=staff&primary=true",
            c -> c.schools().users(ID, UsersQuery.withRole(UserRole.STAFF).primaryOnly())),
        list("/v3.0/sections?limit=10000", c -> c.sections().list()),
        one("/v3.0/sections/" + ID, c -> c.sections().get(ID)),
        one("/v3.0/sections/" + ID + "/course", c -> c.sections().course(ID)),
        one("/v3.0/sections/" + ID + "/district", c -> c.sections().district(ID)),
        list("/v3.0/sections/" + ID + "/resources?limit=10000", c -> c.sections().resources(ID)),
        one("/v3.0/sections/" + ID + "/school", c -> c.sections().school(ID)),
        one("/v3.0/sections/" + ID + "/term", c -> c.sections().term(ID)),
        list(
            "/v3.0/sections/" + ID + "/users?limit=10000&role=teacher",
            c -> c.sections().users(ID, UsersQuery.withRole(UserRole.TEACHER))),
        list("/v3.0/terms?limit=10000", c -> c.terms().list()),
        one("/v3.0/terms/" + ID, c -> c.terms().get(ID)),
        one("/v3.0/terms/" + ID + "/district", c -> c.terms().district(ID)),
        list("/v3.0/terms/" + ID + "/schools?limit=10000", c -> c.terms().schools(ID)),
        list("/v3.0/terms/" + ID + "/sections?limit=10000", c -> c.terms().sections(ID)),
        list("/v3.0/courses?limit=10000", c -> c.courses().list()),
        one("/v3.0/courses/" + ID, c -> c.courses().get(ID)),
        one("/v3.0/courses/" + ID + "/district", c -> c.courses().district(ID)),
        list("/v3.0/courses/" + ID + "/resources?limit=10000", c -> c.courses().resources(ID)),
        list("/v3.0/courses/" + ID + "/schools?limit=10000", c -> c.courses().schools(ID)),
        list("/v3.0/courses/" + ID + "/sections?limit=10000", c -> c.courses().sections(ID)),
        list("/v3.0/resources?limit=10000", c -> c.resources().list()),
        one("/v3.0/resources/" + ID, c -> c.resources().get(ID)),
        list("/v3.0/resources/" + ID + "/courses?limit=10000", c -> c.resources().courses(ID)),
        list("/v3.0/resources/" + ID + "/sections?limit=10000", c -> c.resources().sections(ID)),
        list(
            "/v3.0/resources/" + ID + "/users?limit=10000&role=student",
            c -> c.resources().users(ID, UsersQuery.withRole(UserRole.STUDENT))),
        list("/v3.0/users?limit=10000", c -> c.users().list()),
        list(
            "/v3.0/users?limit=10000&role=district_admin",
            c -> c.users().list(UsersQuery.withRole(UserRole.DISTRICT_ADMIN))),
        one("/v3.0/users/" + ID, c -> c.users().get(ID)),
        one("/v3.0/users/" + ID + "/district", c -> c.users().district(ID)),
        list("/v3.0/users/" + ID + "/mycontacts?limit=10000", c -> c.users().contacts(ID)),
        list("/v3.0/users/" + ID + "/mystudents?limit=10000", c -> c.users().students(ID)),
        list("/v3.0/users/" + ID + "/myteachers?limit=10000", c -> c.users().teachers(ID)),
        list("/v3.0/users/" + ID + "/resources?limit=10000", c -> c.users().resources(ID)),
        list("/v3.0/users/" + ID + "/schools?limit=10000", c -> c.users().schools(ID)),
        list(
            "/v3.0/users/" + ID + "/schools?limit=10000&primary=true",
            c -> c.users().primarySchools(ID)),
        list("/v3.0/users/" + ID + "/sections?limit=10000", c -> c.users().sections(ID)),
        one("/v3.0/me", CleverClient::me),
        list("/v3.0/events?limit=10000", c -> c.events().list(EventsQuery.all())),
        list(
            "/v3.0/events?limit=10000&record_type=users&record_type=sections&school=" + ID,
            c ->
                c.events()
                    .list(
                        EventsQuery.all()
                            .recordTypes(EventRecordType.USERS, EventRecordType.SECTIONS)
                            .school(ID))),
        one("/v3.0/events/" + ID, c -> c.events().get(ID)));
  }

  private static Arguments list(String url, Function<CleverClient, AutoPager<?>> call) {
    return Arguments.of(url, LIST, (Function<CleverClient, Object>) c -> call.apply(c).firstPage());
  }

  private static Arguments one(String url, Function<CleverClient, Object> call) {
    return Arguments.of(url, ONE, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void sendsThePathAndQueryOfEachEndpoint(
      String url, String kind, Function<CleverClient, Object> call) {
    String body =
        url.contains("/events")
            ? (kind.equals(LIST) ? Json.events(List.of(ID), null) : Json.event(ID))
            : kind.equals(LIST) ? Json.page("x", List.of(ID), null) : Json.single(ID);
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(body)));

    Object result = call.apply(client());

    assertThat(result).isNotNull();
    List<ServeEvent> served = wm.getAllServeEvents();
    assertThat(served).hasSize(1);
    assertThat(served.get(0).getRequest().getUrl()).isEqualTo(url);
    assertThat(served.get(0).getRequest().getMethod().getName()).isEqualTo("GET");
  }

  @Test
  void coversEveryPathOfTheSpec() {
    long dataPaths =
        endpoints()
            .map(a -> ((String) a.get()[0]).replaceAll("\\?.*", "").replace(ID, "{id}"))
            .filter(p -> !p.equals("/v3.0/me") && !p.startsWith("/v3.0/events"))
            .distinct()
            .count();
    assertThat(dataPaths).isEqualTo(42);
  }

  @Test
  void speaksV31WhenAsked() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody(Json.single(ID))));
    client(b -> b.apiVersion(ApiVersion.V3_1)).users().get(ID);
    wm.verify(getRequestedFor(urlEqualTo("/v3.1/users/" + ID)));
  }

  @Test
  void encodesIdsSoTheyCannotChangeThePath() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody(Json.single(ID))));
    client().users().get("../me?x=1");
    wm.verify(getRequestedFor(urlEqualTo("/v3.0/users/..%2Fme%3Fx%3D1")));
  }

  @Test
  void refusesFiltersAListingDoesNotAccept() {
    CleverClient c = client();
    assertThatThrownBy(() -> c.sections().users(ID, UsersQuery.withRole(UserRole.CONTACT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not accept role contact")
        .hasMessageContaining("student, teacher");
    assertThatThrownBy(() -> c.sections().users(ID, UsersQuery.all().primaryOnly()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("primary");
    assertThatThrownBy(() -> c.users().list(UsersQuery.all().primaryOnly()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.schools().get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("school id");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void sendsAuthorizationAcceptAndAUserAgentNamingTheLibrary() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withBody(Json.single(ID))));
    client().schools().get(ID);
    var request = wm.getAllServeEvents().get(0).getRequest();
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent"))
        .startsWith("classtag-clever-client/" + com.classtag.clever.client.internal.Version.VALUE);
  }
}

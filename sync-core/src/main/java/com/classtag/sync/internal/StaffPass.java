package com.classtag.sync.internal;

import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.UserStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staff accounts and their access: teachers (from in-scope sections and their synced schools),
 * school admins (their synced schools) and district admins (district access, when the settings sync
 * them). Creates and updates accounts, grants and removes sync-granted access, and finds departed
 * teachers. Sets each synced staff member's app id and each in-scope section's teacher positions.
 */
final class StaffPass {
  private final Context cx;
  private final People people;
  private final SharedEmails emails;

  /** App ids of accounts whose person is no longer in the roster as a teacher. */
  final Set<String> departedTeachers = new HashSet<>();

  private final IntList synced = new IntList();
  private final Set<String> mappedSchools = new HashSet<>();
  private final String[] smsTypes;

  /** Reused for every person (cleared first): a nightly run diffs hundreds of thousands of them. */
  private final Diff idsDiff = new Diff();

  private final Diff detailsDiff = new Diff();

  StaffPass(Context cx, SharedEmails emails) {
    this.cx = cx;
    this.people = cx.roster.people;
    this.emails = emails;
    this.smsTypes = Text.trimmed(cx.settings.smsPhoneTypes());
    for (AppSchool s : cx.state.schools.values()) {
      if (!s.sourceSchoolIds().isEmpty()) {
        mappedSchools.add(s.id());
      }
    }
  }

  void run() {
    for (SectionSlot sec : cx.scope.inScope) {
      List<String> ids = sec.section.teacherIds();
      sec.teachers = new int[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        int p = people.find(ids.get(i), People.TEACHER);
        sec.teachers[i] = p;
        if (p < 0) {
          cx.sink.warn(
              WarningCode.UNKNOWN_TEACHER,
              List.of(sec.id(), ids.get(i)),
              "Section "
                  + sec.id()
                  + " lists teacher "
                  + ids.get(i)
                  + ", who is not shared as a teacher; they are left out.");
        } else {
          people.grant(p, sec.appSchool, AccessRole.TEACHER);
        }
      }
    }
    for (int p = 0; p < people.count; p++) {
      if (!people.any(p, People.STAFF)) {
        continue;
      }
      SourcePerson sp = people.person(p);
      if (people.is(p, People.TEACHER)) {
        grant(p, sp.schoolIds(), AccessRole.TEACHER);
      }
      if (people.is(p, People.SCHOOL_ADMIN)) {
        grant(p, sp.adminSchoolIds(), AccessRole.ADMIN);
      }
      if (people.is(p, People.DISTRICT_ADMIN)) {
        if (cx.settings.syncDistrictAdmins()) {
          people.set(p, People.DISTRICT_ACCESS);
        } else {
          StaffAccount known = account(p);
          cx.sink
              .decide(DecisionKind.SKIP, ReasonCode.DISTRICT_ADMINS_NOT_SYNCED)
              .target(known == null ? null : known.id())
              .source(sp.id())
              .explain(
                  "District admin "
                      + sp.id()
                      + " gets no district access: the settings do not sync"
                      + " district admins.");
        }
      }
      if (people.syncedStaff(p)) {
        synced.add(p);
        emails.add(Text.email(sp.emailOrNull()), sp.id());
      }
    }
    resolve();
  }

  private StaffAccount account(int p) {
    int r = people.staffRecord[p];
    return r < 0 ? null : cx.state.state.staff().get(r);
  }

  private void resolve() {
    IntList unmatched = new IntList();
    for (int i = 0; i < synced.size(); i++) {
      int p = synced.get(i);
      StaffAccount a = account(p);
      if (a == null) {
        unmatched.add(p);
      } else {
        update(p, a, false);
      }
    }
    Rekeyer<StaffAccount> rekeyer =
        Rekeyer.resolve(
            people,
            unmatched,
            cx.state.goneStaff,
            StaffPass::ids,
            false,
            new Rekeyer.Outcome<>() {
              @Override
              public void rekey(int p, StaffAccount record) {
                update(p, record, true);
              }

              @Override
              public void treatAsNew(int p, List<String> ambiguousIds) {
                if (!ambiguousIds.isEmpty()) {
                  cx.sink.warn(
                      WarningCode.AMBIGUOUS_IDENTITY,
                      ambiguousIds,
                      "New staff member "
                          + people.id(p)
                          + " matches several accounts whose source id disappeared; a new account is created.");
                }
                create(p);
              }
            });
    for (StaffAccount a : cx.state.goneStaff) {
      if (!rekeyer.claimed(a)) {
        departedTeachers.add(a.id());
        removeAccess(a, Map.of(), false, ReasonCode.LEFT_ROSTER, a.sourceId().get());
      }
    }
    for (int p = 0; p < people.count; p++) {
      StaffAccount a = account(p);
      if (a == null) {
        continue;
      }
      if (!people.is(p, People.TEACHER)) {
        departedTeachers.add(a.id());
      }
      if (!people.syncedStaff(p)) {
        removeAccess(a, Map.of(), false, ReasonCode.NO_LONGER_AT_SCHOOL, people.id(p));
      }
    }
    for (StaffAccount a : cx.state.state.staff()) {
      for (SchoolAccess sa : a.schoolAccess()) {
        if (sa.addedBy() == Actor.SYNC && mappedSchools.contains(sa.schoolId())) {
          cx.sink.countSynced(DecisionKind.REMOVE_SCHOOL_ACCESS, sa.schoolId(), 1);
        }
      }
      if (a.districtAccess().orElse(null) == Actor.SYNC) {
        cx.sink.countSynced(DecisionKind.REMOVE_DISTRICT_ACCESS, 1);
      }
    }
  }

  private void create(int p) {
    String source = people.id(p);
    String id = StateIndex.newId("staff", source);
    people.staffAppId[p] = id;
    Diff ids = idsDiff;
    Diff details = detailsDiff;
    ids.clear();
    details.clear();
    fields(people.person(p), null, false, ids, details);
    ids.addAll(details);
    cx.sink
        .decide(DecisionKind.CREATE_STAFF, ReasonCode.NEW_PERSON)
        .target(id)
        .values(ids)
        .personSource(source)
        .explain("Create a staff account for " + roles(p) + " " + source + ".");
    for (Map.Entry<String, AccessRole> e : people.access(p).entrySet()) {
      grantDecision(id, source, e.getKey(), e.getValue(), ReasonCode.AT_SCHOOL);
    }
    if (people.is(p, People.DISTRICT_ACCESS)) {
      districtDecision(DecisionKind.ADD_DISTRICT_ACCESS, ReasonCode.DISTRICT_ADMIN, id, source);
    }
  }

  private void update(int p, StaffAccount a, boolean rekeyed) {
    String source = people.id(p);
    people.staffAppId[p] = a.id();
    Diff ids = idsDiff;
    Diff details = detailsDiff;
    ids.clear();
    details.clear();
    fields(people.person(p), a, !rekeyed, ids, details);
    String old = Text.orClear(a.sourceIdOrNull());
    if (rekeyed) {
      cx.sink.warn(
          WarningCode.REIDENTIFIED,
          List.of(a.id(), old, source),
          "Staff account "
              + a.id()
              + " changed source id from "
              + old
              + " to "
              + source
              + "; it is re-keyed, not re-created.");
    }
    boolean mayUpdateDetails =
        a.status() == UserStatus.INVITED || cx.settings.updateJoinedUserDetails();
    if (!details.isEmpty() && !mayUpdateDetails) {
      cx.sink
          .decide(DecisionKind.SKIP, ReasonCode.JOINED_USER_DETAILS_KEPT)
          .target(a.id())
          .personSource(source)
          .explain(
              "Keep the contact details of staff account "
                  + a.id()
                  + " ("
                  + details.names()
                  + " differ): the user joined and the settings do not update joined users.");
    } else {
      ids.addAll(details);
    }
    if (!ids.isEmpty()) {
      cx.sink
          .decide(
              DecisionKind.UPDATE_STAFF,
              rekeyed ? ReasonCode.REIDENTIFIED : ReasonCode.ROSTER_CHANGED)
          .target(a.id())
          .values(ids)
          .personSource(source)
          .source(rekeyed ? old : null)
          .explain(
              rekeyed
                  ? "Re-key staff account "
                      + a.id()
                      + " from source id "
                      + old
                      + " to "
                      + source
                      + " ("
                      + ids.names()
                      + ")."
                  : "Update staff account " + a.id() + " (" + source + "): " + ids.names() + ".");
    }
    Map<String, AccessRole> want = people.access(p);
    Map<String, SchoolAccess> have = new HashMap<>();
    for (SchoolAccess sa : a.schoolAccess()) {
      have.putIfAbsent(sa.schoolId(), sa);
    }
    for (Map.Entry<String, AccessRole> e : want.entrySet()) {
      SchoolAccess sa = have.get(e.getKey());
      if (sa == null) {
        grantDecision(a.id(), source, e.getKey(), e.getValue(), ReasonCode.AT_SCHOOL);
      } else if (sa.role() != e.getValue() && sa.addedBy() == Actor.SYNC) {
        grantDecision(a.id(), source, e.getKey(), e.getValue(), ReasonCode.ACCESS_ROLE_CHANGED);
      }
    }
    boolean district = people.is(p, People.DISTRICT_ACCESS);
    if (district && a.districtAccess().isEmpty()) {
      districtDecision(DecisionKind.ADD_DISTRICT_ACCESS, ReasonCode.DISTRICT_ADMIN, a.id(), source);
    }
    removeAccess(a, want, district, null, source);
  }

  /**
   * Removes the sync-granted access {@code a} has but should not: school access to mapped schools
   * not in {@code keep}, and district access unless {@code keepDistrict} (only when the settings
   * sync district admins, so a district that stops sharing them does not strip their access).
   *
   * @param reason the reason, or null to use the still-in-roster reasons
   */
  private void removeAccess(
      StaffAccount a,
      Map<String, AccessRole> keep,
      boolean keepDistrict,
      ReasonCode reason,
      String sourceId) {
    for (SchoolAccess sa : a.schoolAccess()) {
      if (sa.addedBy() != Actor.SYNC
          || !mappedSchools.contains(sa.schoolId())
          || keep.containsKey(sa.schoolId())) {
        continue;
      }
      ReasonCode r = reason == null ? ReasonCode.NO_LONGER_AT_SCHOOL : reason;
      cx.sink
          .decide(DecisionKind.REMOVE_SCHOOL_ACCESS, r)
          .school(sa.schoolId())
          .target(a.id())
          .source(sourceId)
          .explain(
              "Remove staff account "
                  + a.id()
                  + "'s access to "
                  + cx.state.schoolLabel(sa.schoolId())
                  + (r == ReasonCode.LEFT_ROSTER
                      ? ": " + sourceId + " left the roster."
                      : ": the roster no longer places " + sourceId + " there."));
    }
    if (!keepDistrict
        && a.districtAccess().orElse(null) == Actor.SYNC
        && cx.settings.syncDistrictAdmins()) {
      ReasonCode r =
          reason == ReasonCode.LEFT_ROSTER ? reason : ReasonCode.NO_LONGER_DISTRICT_ADMIN;
      districtDecision(DecisionKind.REMOVE_DISTRICT_ACCESS, r, a.id(), sourceId);
    }
  }

  private void grantDecision(
      String staffId, String sourceId, String school, AccessRole role, ReasonCode reason) {
    String as = role == AccessRole.ADMIN ? "school admin" : "teacher";
    cx.sink
        .decide(DecisionKind.ADD_SCHOOL_ACCESS, reason)
        .school(school)
        .target(staffId)
        .value(Field.ROLE, role.name())
        .source(sourceId)
        .explain(
            reason == ReasonCode.AT_SCHOOL
                ? "Give staff account "
                    + staffId
                    + " ("
                    + sourceId
                    + ") access to "
                    + cx.state.schoolLabel(school)
                    + " as "
                    + as
                    + "."
                : "Make staff account "
                    + staffId
                    + " ("
                    + sourceId
                    + ") "
                    + as
                    + " at "
                    + cx.state.schoolLabel(school)
                    + ".");
  }

  private void districtDecision(
      DecisionKind kind, ReasonCode reason, String staffId, String sourceId) {
    String text;
    if (kind == DecisionKind.ADD_DISTRICT_ACCESS) {
      text =
          "Give staff account "
              + staffId
              + " district-wide access: "
              + sourceId
              + " is a district admin.";
    } else if (reason == ReasonCode.LEFT_ROSTER) {
      text =
          "Remove staff account "
              + staffId
              + "'s district-wide access: "
              + sourceId
              + " left the roster.";
    } else {
      text =
          "Remove staff account "
              + staffId
              + "'s district-wide access: "
              + sourceId
              + " is no longer a district admin.";
    }
    cx.sink.decide(kind, reason).target(staffId).source(sourceId).explain(text);
  }

  private void grant(int p, List<String> sourceSchools, AccessRole role) {
    for (String src : sourceSchools) {
      if (cx.scope.syncsSchool(src)) {
        people.grant(p, cx.state.appSchool(src), role);
      }
    }
  }

  private void fields(SourcePerson p, StaffAccount a, boolean matched, Diff ids, Diff details) {
    boolean n = a == null;
    if (!matched) {
      // A record matched by its source id already has the person's id: only a create or a re-key
      // sets it.
      ids.set(Field.SOURCE_ID, n ? null : a.sourceIdOrNull(), p.id());
    }
    ids.setRaw(Field.SIS_ID, n ? null : a.sisIdOrNull(), p.sisIdOrNull(), Text::clean);
    ids.setRaw(Field.LEGACY_ID, n ? null : a.legacyIdOrNull(), p.legacyIdOrNull(), Text::clean);
    Channels ch = Channels.of(p, smsTypes);
    details.setRaw(
        Field.FIRST_NAME, n ? null : a.firstNameOrNull(), p.firstNameOrNull(), Text::clean);
    details.setRaw(Field.LAST_NAME, n ? null : a.lastNameOrNull(), p.lastNameOrNull(), Text::clean);
    details.set(Field.EMAIL, n ? null : a.emailOrNull(), ch.email);
    details.set(Field.SMS_PHONE, n ? null : a.smsPhoneOrNull(), ch.sms);
    details.set(Field.HOME_PHONE, n ? null : a.homePhoneOrNull(), ch.home);
  }

  private String roles(int p) {
    List<String> r = new ArrayList<>(3);
    if (people.is(p, People.TEACHER)) {
      r.add("teacher");
    }
    if (people.is(p, People.SCHOOL_ADMIN)) {
      r.add("school admin");
    }
    if (people.is(p, People.DISTRICT_ADMIN)) {
      r.add("district admin");
    }
    return String.join(" and ", r);
  }

  private static IdentityKeys.RecordIds ids(StaffAccount a) {
    IdentityKeys.RecordIds ids = new IdentityKeys.RecordIds();
    ids.sourceId = a.sourceId();
    ids.sisId = a.sisId();
    ids.legacyId = a.legacyId();
    return ids;
  }
}

package com.classtag.sync.internal;

import com.classtag.sync.audit.AuditReport;
import com.classtag.sync.audit.Finding;
import com.classtag.sync.audit.FindingCode;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One run of the sharing audit. It reads the roster the way the planner does (people by id, the
 * first of several records with one id, ids looked up a batch at a time) in four sweeps: the
 * people, once, with every per-person check; the guardian links, against the contact filters; the
 * sections, for scope, teachers and the students they list; and the per-person marks, for what only
 * the other sweeps could decide. It builds no object per person, so a million-student district
 * costs a fraction of a plan.
 */
public final class AuditRun {
  private static final byte STUDENT = 1;
  private static final byte TEACHER = 1 << 1;
  private static final byte SCHOOL_ADMIN = 1 << 2;
  private static final byte DISTRICT_ADMIN = 1 << 3;
  private static final byte CONTACT = 1 << 4;

  /** A contact with a usable email or an SMS-capable phone. */
  private static final byte REACHABLE = 1 << 5;

  /** A contact with a guardian link that passes the filters. */
  private static final byte LINKED = 1 << 6;

  /** A student some section lists. */
  private static final byte LISTED = (byte) (1 << 7);

  private final SyncSettings settings;
  private final String[] smsTypes;

  private IdIndex index;
  private byte[] flags;

  /** The positions of the teachers of synced sections. */
  private final BitSet teaching = new BitSet();

  /** The staff's positions and records, in roster order: few enough to keep. */
  private final IntList staffAt = new IntList();

  private final List<SourcePerson> staff = new ArrayList<>();
  private long students;
  private final Map<StudentStatus, Tally> statusLacking = new EnumMap<>(StudentStatus.class);
  private final Map<String, Tally> extensionNotCarried = new HashMap<>();
  private final Map<String, Tally> extensionLacking = new HashMap<>();
  private final Tally idMissing = new Tally();
  private final Set<String> mappedSchools = new HashSet<>();
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Creates a run with fixed settings.
   *
   * @param settings the settings
   */
  public AuditRun(SyncSettings settings) {
    this.settings = settings;
    this.smsTypes = Text.trimmed(settings.smsPhoneTypes());
    for (StudentStatus s : settings.carriedStatuses()) {
      statusLacking.put(s, new Tally());
    }
    if (!settings.carryAllExtensionFields()) {
      for (String name : settings.carriedExtensionFields()) {
        extensionLacking.put(name, new Tally());
      }
    }
  }

  /**
   * Audits. The arguments are checked by the caller.
   *
   * @param roster the roster
   * @param state the app state
   * @param now the current time
   * @return the report
   */
  public AuditReport audit(Roster roster, AppState state, Instant now) {
    for (AppSchool s : state.schools()) {
      mappedSchools.addAll(s.sourceSchoolIds());
    }
    people(roster.people());
    long schools = schools(roster);
    long contacts = count(CONTACT);
    if (settings.manageGuardians()) {
      links(roster.guardianLinks(), contacts);
    }
    long sections = sections(roster, now);
    marks(contacts);
    students();
    findings.sort(
        (a, b) ->
            a.code() != b.code()
                ? a.code().compareTo(b.code())
                : a.subject().orElse("").compareTo(b.subject().orElse("")));
    return AuditReport.builder()
        .findings(findings)
        .schools(schools)
        .sections(sections)
        .students(students)
        .staff(staff.size())
        .contacts(contacts)
        .build();
  }

  /**
   * Indexes the people and checks each student's fields and each contact's channels as it meets
   * them.
   */
  private void people(List<SourcePerson> list) {
    index = new IdIndex(list.size());
    flags = new byte[list.size()];
    String[] ids = new String[IdIndex.BATCH];
    int[] positions = new int[IdIndex.BATCH];
    for (int start = 0; start < list.size(); start += IdIndex.BATCH) {
      int n = Math.min(IdIndex.BATCH, list.size() - start);
      for (int k = 0; k < n; k++) {
        String id = list.get(start + k).id();
        ids[k] = Text.missing(id) ? null : id;
      }
      int size = index.size();
      index.addAll(ids, n, positions);
      for (int k = 0; k < n; k++) {
        if (positions[k] == size) {
          person(list.get(start + k), size++);
        }
      }
    }
  }

  private void person(SourcePerson p, int at) {
    byte f = 0;
    if (p.hasRole(PersonRole.STUDENT)) {
      f |= STUDENT;
      student(p);
    }
    if (p.hasRole(PersonRole.CONTACT)) {
      f |= CONTACT;
      if (reachable(p)) {
        f |= REACHABLE;
      }
    }
    if (p.hasRole(PersonRole.TEACHER)) {
      f |= TEACHER;
    }
    if (p.hasRole(PersonRole.SCHOOL_ADMIN)) {
      f |= SCHOOL_ADMIN;
    }
    if (p.hasRole(PersonRole.DISTRICT_ADMIN)) {
      f |= DISTRICT_ADMIN;
    }
    if ((f & (TEACHER | SCHOOL_ADMIN | DISTRICT_ADMIN)) != 0) {
      staffAt.add(at);
      staff.add(p);
    }
    flags[at] = f;
  }

  private void student(SourcePerson p) {
    students++;
    String id = p.id();
    for (Map.Entry<StudentStatus, Tally> e : statusLacking.entrySet()) {
      if (!has(status(p, e.getKey()))) {
        e.getValue().add(id);
      }
    }
    Map<String, String> extension = p.extensionFields();
    if (!extension.isEmpty()) {
      for (String name : extension.keySet()) {
        if (!name.isEmpty() && !settings.carriesExtensionField(name)) {
          extensionNotCarried.computeIfAbsent(name, k -> new Tally()).add(id);
        }
      }
    }
    for (Map.Entry<String, Tally> e : extensionLacking.entrySet()) {
      if (Text.clean(extension.get(e.getKey())) == null) {
        e.getValue().add(id);
      }
    }
    Optional<String> shown =
        settings.studentIdSource() == StudentIdSource.SIS_ID ? p.sisId() : p.studentNumber();
    if (!has(shown)) {
      idMissing.add(id);
    }
  }

  private static Optional<String> status(SourcePerson p, StudentStatus status) {
    switch (status) {
      case ELL:
        return p.ellStatus();
      case FRL:
        return p.frlStatus();
      default:
        return p.iepStatus();
    }
  }

  private static boolean has(Optional<String> value) {
    return value.isPresent() && Text.clean(value.get()) != null;
  }

  /** Whether the sync could invite the person: a usable email or a usable phone of an SMS type. */
  private boolean reachable(SourcePerson p) {
    if (p.email().isPresent() && Text.email(p.email().get()) != null) {
      return true;
    }
    List<Phone> phones = p.phones();
    for (int i = 0; i < phones.size(); i++) {
      Phone ph = phones.get(i);
      if (Text.containsIgnoreCase(smsTypes, Text.clean(ph.type()))
          && Text.phone(ph.number()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Finds the shared schools no app school maps. */
  private long schools(Roster roster) {
    Set<String> seen = new HashSet<>();
    Tally unmapped = new Tally();
    for (SourceSchool s : roster.schools()) {
      if (!Text.missing(s.id()) && seen.add(s.id()) && !mappedSchools.contains(s.id())) {
        unmapped.add(s.id());
      }
    }
    if (!unmapped.isEmpty()) {
      finding(
          FindingCode.SCHOOL_NOT_MAPPED,
          null,
          unmapped,
          seen.size(),
          count(unmapped.count, "shared school")
              + " ("
              + Text.examples(unmapped.samples)
              + ") "
              + (unmapped.count == 1 ? "is" : "are")
              + " connected to no ClassTag school; the sync never uses "
              + (unmapped.count == 1 ? "it" : "them")
              + " or "
              + (unmapped.count == 1 ? "its" : "their")
              + " sections.");
    }
    return seen.size();
  }

  /**
   * The filtered guardian links of one filter, per rejected value, like the planner's skip
   * decisions.
   */
  private static final class Filtered {
    /** One rejected value: its links, and its contacts, each counted once. */
    static final class Outcome {
      long links;
      final BitSet seen = new BitSet();
      final Tally contacts = new Tally();
    }

    final Map<String, Outcome> outcomes = new TreeMap<>();
    private String lastValue;
    private Outcome last;

    void add(String value, int contact, String id) {
      String v = value == null ? "" : value;
      if (!v.equals(lastValue)) {
        // Most links of a feed share a few values: the map is consulted when the value changes.
        last = outcomes.computeIfAbsent(v, k -> new Outcome());
        lastValue = v;
      }
      last.links++;
      if (!last.seen.get(contact)) {
        last.seen.set(contact);
        last.contacts.add(id);
      }
    }
  }

  /**
   * Sorts the guardian links by the contact filters: filtered ones per outcome, passing ones mark
   * the contact.
   */
  private void links(List<GuardianLink> links, long contacts) {
    String[] types = Text.trimmed(settings.contactTypes());
    String[] relationships = Text.trimmed(settings.contactRelationships());
    Filtered byType = new Filtered();
    Filtered byRelationship = new Filtered();
    String last = null;
    int contact = -1;
    for (int i = 0; i < links.size(); i++) {
      GuardianLink l = links.get(i);
      String id = l.contactId();
      if (Text.missing(id) || Text.missing(l.studentId())) {
        continue;
      }
      if (!id.equals(last)) {
        // A contact's links are usually consecutive and follow the contacts' order: try the next
        // position.
        int guess = contact + 1;
        contact =
            guess > 0 && guess < index.size() && index.key(guess).equals(id)
                ? guess
                : index.get(id);
        last = id;
      }
      if (contact < 0 || (flags[contact] & CONTACT) == 0) {
        contact = -1;
        continue;
      }
      String type = Text.clean(l.type());
      if (types.length > 0 && !Text.containsIgnoreCase(types, type)) {
        byType.add(type, contact, id);
        continue;
      }
      String relationship = Text.clean(l.relationship());
      if (relationships.length > 0 && !Text.containsIgnoreCase(relationships, relationship)) {
        byRelationship.add(relationship, contact, id);
        continue;
      }
      flags[contact] |= LINKED;
    }
    filtered(FindingCode.CONTACT_TYPE_FILTERED, byType, contacts, "contact type ", "types");
    filtered(
        FindingCode.CONTACT_RELATIONSHIP_FILTERED,
        byRelationship,
        contacts,
        "relationship ",
        "relationships");
  }

  private void filtered(
      FindingCode code, Filtered outcomes, long contacts, String what, String setting) {
    for (Map.Entry<String, Filtered.Outcome> e : outcomes.outcomes.entrySet()) {
      String v = e.getKey();
      long links = e.getValue().links;
      Tally t = e.getValue().contacts;
      finding(
          code,
          v,
          t,
          contacts,
          count(t.count, "contact")
              + " ("
              + Text.examples(t.samples)
              + ") "
              + (t.count == 1 ? "has " : "have ")
              + count(links, "guardian link")
              + " of "
              + what
              + (v.isEmpty() ? "(none)" : "\"" + v + "\"")
              + ", which is not among the "
              + setting
              + " to sync.");
    }
  }

  /**
   * Decides each section's scope, checks the synced ones' teachers, and marks the students listed.
   */
  private long sections(Roster roster, Instant now) {
    Map<String, SourceTerm> terms = new HashMap<>();
    for (SourceTerm t : roster.terms()) {
      if (!Text.missing(t.id())) {
        terms.putIfAbsent(t.id(), t);
      }
    }
    Set<String> seen = new HashSet<>();
    Tally outOfScope = new Tally();
    long schoolNotSynced = 0;
    Tally ended = new Tally();
    Tally noTeacher = new Tally();
    long synced = 0;
    String[] batch = new String[IdIndex.BATCH];
    int[] found = new int[IdIndex.BATCH];
    for (SourceSection s : roster.sections()) {
      if (Text.missing(s.id()) || !seen.add(s.id())) {
        continue;
      }
      markStudents(s.studentIds(), batch, found);
      if (!syncsSchool(s.schoolId())) {
        outOfScope.add(s.id());
        schoolNotSynced++;
      } else if (!settings.sectionFilter().matches(s.schoolId(), s.subject(), s.grade())) {
        outOfScope.add(s.id());
      } else if (ended(s, terms, now)) {
        ended.add(s.id());
      } else {
        synced++;
        if (!teaches(s)) {
          noTeacher.add(s.id());
        }
      }
    }
    long total = seen.size();
    if (!outOfScope.isEmpty()) {
      long filtered = outOfScope.count - schoolNotSynced;
      finding(
          FindingCode.SECTION_OUT_OF_SCOPE,
          null,
          outOfScope,
          total,
          count(outOfScope.count, "section")
              + " ("
              + Text.examples(outOfScope.samples)
              + ") "
              + (outOfScope.count == 1 ? "is" : "are")
              + " not synced: "
              + schoolNotSynced
              + " in schools the sync does not cover, "
              + filtered
              + " left out by the section filter.");
    }
    if (!ended.isEmpty()) {
      finding(
          FindingCode.SECTION_TERM_ENDED,
          null,
          ended,
          total,
          count(ended.count, "section")
              + " ("
              + Text.examples(ended.samples)
              + ") belong"
              + (ended.count == 1 ? "s" : "")
              + " to terms that ended"
              + " more than "
              + settings.termGraceDays()
              + " days ago; the sync archives their classrooms.");
    }
    if (!noTeacher.isEmpty()) {
      finding(
          FindingCode.SECTION_WITHOUT_TEACHER,
          null,
          noTeacher,
          synced,
          count(noTeacher.count, "synced section")
              + " ("
              + Text.examples(noTeacher.samples)
              + ") list"
              + (noTeacher.count == 1 ? "s" : "")
              + " no shared teacher; their classrooms get no teacher.");
    }
    return total;
  }

  private void markStudents(List<String> ids, String[] batch, int[] found) {
    for (int start = 0; start < ids.size(); start += IdIndex.BATCH) {
      int n = Math.min(IdIndex.BATCH, ids.size() - start);
      for (int k = 0; k < n; k++) {
        String id = ids.get(start + k);
        batch[k] = Text.missing(id) ? null : id;
      }
      index.getAll(batch, n, found);
      for (int k = 0; k < n; k++) {
        int p = found[k];
        if (p >= 0 && (flags[p] & STUDENT) != 0) {
          flags[p] |= LISTED;
        }
      }
    }
  }

  /** Whether a synced section lists a shared teacher; marks each such teacher as teaching one. */
  private boolean teaches(SourceSection s) {
    boolean any = false;
    for (String id : s.teacherIds()) {
      int p = Text.missing(id) ? -1 : index.get(id);
      if (p >= 0 && (flags[p] & TEACHER) != 0) {
        teaching.set(p);
        any = true;
      }
    }
    return any;
  }

  private boolean syncsSchool(String sourceSchoolId) {
    Set<String> only = settings.sectionFilter().schoolIds();
    return mappedSchools.contains(sourceSchoolId)
        && (only.isEmpty() || only.contains(sourceSchoolId));
  }

  /**
   * Whether the section's term ended more than the grace days before {@code now}, as the planner
   * decides.
   */
  private boolean ended(SourceSection s, Map<String, SourceTerm> terms, Instant now) {
    if (!settings.archiveEndedTerms() || s.termId().isEmpty()) {
      return false;
    }
    SourceTerm term = terms.get(s.termId().get());
    if (term == null || term.endDate().isEmpty()) {
      return false;
    }
    LocalDate end = term.endDate().get();
    Instant cutoff =
        end.plusDays(settings.termGraceDays() + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    return !now.isBefore(cutoff);
  }

  /** The findings only the marks of all sweeps decide: contacts, district admins, staff. */
  private void marks(long contacts) {
    if (!settings.manageGuardians()) {
      Tally all = people(CONTACT, (byte) 0);
      if (!all.isEmpty()) {
        finding(
            FindingCode.CONTACTS_NOT_MANAGED,
            null,
            all,
            contacts,
            count(all.count, "contact")
                + " ("
                + Text.examples(all.samples)
                + ") "
                + (all.count == 1 ? "is" : "are")
                + " shared, but the settings do not manage guardians.");
      }
    } else {
      Tally unreachable = people((byte) (CONTACT | LINKED), REACHABLE);
      if (!unreachable.isEmpty()) {
        long used = count((byte) (CONTACT | LINKED));
        finding(
            FindingCode.CONTACT_UNREACHABLE,
            null,
            unreachable,
            used,
            count(unreachable.count, "contact")
                + " ("
                + Text.examples(unreachable.samples)
                + ") of the "
                + n(used)
                + " the settings sync "
                + (unreachable.count == 1 ? "has" : "have")
                + " no usable email and no SMS-capable phone, so "
                + (unreachable.count == 1 ? "it cannot" : "they cannot")
                + " be invited.");
      }
    }
    Tally admins = new Tally();
    Tally unsynced = new Tally();
    for (int i = 0; i < staffAt.size(); i++) {
      int at = staffAt.get(i);
      SourcePerson p = staff.get(i);
      byte f = flags[at];
      if ((f & DISTRICT_ADMIN) != 0) {
        if (!settings.syncDistrictAdmins()) {
          admins.add(p.id());
        }
        continue;
      }
      boolean teacher = (f & TEACHER) != 0 && (teaching.get(at) || anySynced(p.schoolIds()));
      boolean admin = (f & SCHOOL_ADMIN) != 0 && anySynced(p.adminSchoolIds());
      if (!teacher && !admin) {
        unsynced.add(p.id());
      }
    }
    if (!admins.isEmpty()) {
      finding(
          FindingCode.DISTRICT_ADMINS_NOT_SYNCED,
          null,
          admins,
          staff.size(),
          count(admins.count, "district admin")
              + " ("
              + Text.examples(admins.samples)
              + ") "
              + (admins.count == 1 ? "is" : "are")
              + " shared, but the settings do not sync district admins.");
    }
    if (!unsynced.isEmpty()) {
      finding(
          FindingCode.STAFF_NOT_SYNCED,
          null,
          unsynced,
          staff.size(),
          count(unsynced.count, "staff member")
              + " ("
              + Text.examples(unsynced.samples)
              + ") "
              + (unsynced.count == 1 ? "teaches" : "teach")
              + " no synced section, belong"
              + (unsynced.count == 1 ? "s" : "")
              + " to no synced school and"
              + " administer"
              + (unsynced.count == 1 ? "s" : "")
              + " none; the sync gives no account to them.");
    }
  }

  private boolean anySynced(List<String> sourceSchoolIds) {
    for (int i = 0; i < sourceSchoolIds.size(); i++) {
      if (syncsSchool(sourceSchoolIds.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The students' findings: statuses, extension fields, the id shown, and sections. */
  private void students() {
    if (students == 0) {
      return;
    }
    for (Map.Entry<StudentStatus, Tally> e : statusLacking.entrySet()) {
      lacking(
          FindingCode.STATUS_NOT_SHARED,
          e.getKey().name(),
          e.getValue(),
          e.getKey().name() + " status");
    }
    for (Map.Entry<String, Tally> e : new TreeMap<>(extensionLacking).entrySet()) {
      lacking(
          FindingCode.EXTENSION_FIELD_NOT_SHARED,
          e.getKey(),
          e.getValue(),
          "extension field \"" + e.getKey() + "\"");
    }
    for (Map.Entry<String, Tally> e : new TreeMap<>(extensionNotCarried).entrySet()) {
      Tally t = e.getValue();
      finding(
          FindingCode.EXTENSION_FIELD_NOT_CARRIED,
          e.getKey(),
          t,
          students,
          count(t.count, "student")
              + " of "
              + n(students)
              + " ("
              + Text.examples(t.samples)
              + ") "
              + (t.count == 1 ? "has" : "have")
              + " extension field \""
              + e.getKey()
              + "\", which the settings do not carry.");
    }
    if (!idMissing.isEmpty()) {
      String source = settings.studentIdSource().name();
      finding(
          FindingCode.STUDENT_ID_MISSING,
          source,
          idMissing,
          students,
          count(idMissing.count, "student")
              + " of "
              + n(students)
              + " ("
              + Text.examples(idMissing.samples)
              + ") "
              + (idMissing.count == 1 ? "has" : "have")
              + " no "
              + (settings.studentIdSource() == StudentIdSource.SIS_ID ? "SIS id" : "student number")
              + ", the id the settings show for students.");
    }
    Tally alone = people(STUDENT, LISTED);
    if (!alone.isEmpty()) {
      finding(
          FindingCode.STUDENT_WITHOUT_SECTION,
          null,
          alone,
          students,
          count(alone.count, "student")
              + " of "
              + n(students)
              + " ("
              + Text.examples(alone.samples)
              + ") "
              + (alone.count == 1 ? "is" : "are")
              + " in no shared section; the sync puts them in no classroom.");
    }
  }

  /**
   * Reports a field the settings use when fewer students have it than the threshold, or none does.
   */
  private void lacking(FindingCode code, String subject, Tally lacking, String what) {
    long have = students - lacking.count;
    int percent = settings.auditMissingPercent();
    if (have > 0 && have * 100 >= (long) percent * students) {
      return;
    }
    String share =
        have == 0
            ? "no student of " + n(students) + " has it"
            : String.format(
                Locale.ROOT,
                "%,d of %,d students (%.1f%%) have it, under the audit threshold of %d%%",
                have,
                students,
                have * 100.0 / students,
                percent);
    finding(
        code,
        subject,
        lacking,
        students,
        what + ": " + share + "; field access probably hides it.");
  }

  /**
   * Returns the positions holding every flag of {@code all} and none of {@code none}, as a tally.
   */
  private Tally people(byte all, byte none) {
    Tally t = new Tally();
    int n = index.size();
    for (int p = 0; p < n; p++) {
      byte f = flags[p];
      if ((f & all) == all && (f & none) == 0) {
        t.add(index.key(p));
      }
    }
    return t;
  }

  private long count(byte all) {
    long c = 0;
    int n = index.size();
    for (int p = 0; p < n; p++) {
      if ((flags[p] & all) == all) {
        c++;
      }
    }
    return c;
  }

  private void finding(FindingCode code, String subject, Tally t, long total, String explanation) {
    findings.add(
        Finding.builder()
            .code(code)
            .subject(Optional.ofNullable(subject))
            .count(t.count)
            .total(total)
            .sampleIds(t.samples)
            .explanation(explanation)
            .remedy(Remedies.of(code, subject))
            .build());
  }

  private static String count(long n, String what) {
    return n(n) + " " + what + (n == 1 ? "" : "s");
  }

  private static String n(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}

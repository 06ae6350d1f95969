package com.classtag.sync.internal;

import com.classtag.sync.internal.DecisionAccess.SourcePart;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.StudentRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Student records: a student is synced when an in-scope section lists them. Creates and updates
 * records, re-keys a record whose source id changed, and finds the records whose student left the
 * roster. Sets each synced student's app id and each in-scope section's student positions.
 */
final class StudentPass {
  /**
   * The kind in the provisional ids of the students this pass creates ({@link StateIndex#newId}).
   */
  static final String KIND = "student";

  /** The explanation of every created student record: the student is its one source id. */
  private static final Object[] CREATED = {
    "Create a student record for student ", SourcePart.FIRST, ", who is in a synced section."
  };

  private final Context cx;
  private final People people;
  private final boolean ell;
  private final boolean frl;
  private final boolean iep;

  /** Reused for every student: a nightly run diffs a million of them. */
  private final Diff diff = new Diff();

  private final ReadAhead ahead = new ReadAhead();

  /** App ids of synced records whose student is no longer in the roster. */
  final Set<String> departed = new HashSet<>();

  /** Positions of the synced students, in order of first appearance in an in-scope section. */
  final IntList synced = new IntList();

  StudentPass(Context cx) {
    this.cx = cx;
    this.people = cx.roster.people;
    Set<StudentStatus> carried = cx.settings.carriedStatuses();
    ell = carried.contains(StudentStatus.ELL);
    frl = carried.contains(StudentStatus.FRL);
    iep = carried.contains(StudentStatus.IEP);
  }

  void run() {
    for (SectionSlot sec : cx.scope.inScope) {
      List<String> ids = sec.section.studentIds();
      sec.students = new int[ids.size()];
      people.findAll(ids, People.STUDENT, sec.students);
      for (int i = 0; i < ids.size(); i++) {
        int p = sec.students[i];
        if (p < 0) {
          cx.sink.warn(
              WarningCode.UNKNOWN_STUDENT,
              List.of(sec.id(), ids.get(i)),
              "Section "
                  + sec.id()
                  + " lists student "
                  + ids.get(i)
                  + ", who is not shared as a student; they are left out.");
        } else if (!people.is(p, People.IN_SCOPE_STUDENT)) {
          people.set(p, People.IN_SCOPE_STUDENT);
          synced.add(p);
        }
      }
    }
    List<StudentRecord> records = cx.state.state.students();
    IntList unmatched = new IntList();
    for (int i = 0; i < synced.size(); i++) {
      if (i % ReadAhead.BATCH == 0) {
        readAhead(i, Math.min(synced.size(), i + ReadAhead.BATCH), records);
      }
      int p = synced.get(i);
      if (people.studentRecord[p] < 0) {
        unmatched.add(p);
      } else {
        update(p, records.get(people.studentRecord[p]), false);
      }
    }
    Rekeyer<StudentRecord> rekeyer =
        Rekeyer.resolve(
            people,
            unmatched,
            cx.state.goneStudents,
            StudentPass::ids,
            false,
            new Rekeyer.Outcome<>() {
              @Override
              public void rekey(int p, StudentRecord record) {
                update(p, record, true);
              }

              @Override
              public void treatAsNew(int p, List<String> ambiguousIds) {
                if (!ambiguousIds.isEmpty()) {
                  cx.sink.warn(
                      WarningCode.AMBIGUOUS_IDENTITY,
                      ambiguousIds,
                      "New student "
                          + people.id(p)
                          + " matches several records whose source id disappeared; a new record is created.");
                }
                create(p);
              }
            });
    for (StudentRecord r : cx.state.goneStudents) {
      if (!rekeyer.claimed(r)) {
        departed.add(r.id());
      }
    }
  }

  /**
   * Reads the roster people and app records of the synced students {@code from} to {@code to} ahead
   * of {@link #update} (see {@link ReadAhead}).
   */
  private void readAhead(int from, int to, List<StudentRecord> records) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int p = synced.get(i);
      SourcePerson sp = people.person(p);
      n += ReadAhead.of(sp.firstNameOrNull()) + ReadAhead.of(sp.lastNameOrNull());
      n += ReadAhead.of(sp.sisIdOrNull()) + ReadAhead.of(sp.emailOrNull());
      int r = people.studentRecord[p];
      if (r >= 0) {
        StudentRecord rec = records.get(r);
        n += ReadAhead.of(rec.firstNameOrNull()) + ReadAhead.of(rec.lastNameOrNull());
        n += ReadAhead.of(rec.sisIdOrNull()) + ReadAhead.of(rec.emailOrNull());
      }
    }
    ahead.keep(n);
  }

  private void create(int p) {
    String source = people.id(p);
    people.createStudent(p);
    diff.clear();
    Diff d = diff;
    fields(people.person(p), null, false, d);
    cx.sink
        .decide(DecisionKind.CREATE_STUDENT, ReasonCode.NEW_PERSON)
        .newTarget(KIND, source)
        .values(d)
        .personSource(source)
        .explainShared(CREATED, source, null);
  }

  private void update(int p, StudentRecord r, boolean rekeyed) {
    String source = people.id(p);
    people.linkStudent(p, r.id());
    diff.clear();
    Diff d = diff;
    fields(people.person(p), r, !rekeyed, d);
    String old = Text.orClear(r.sourceIdOrNull());
    if (rekeyed) {
      cx.sink.warn(
          WarningCode.REIDENTIFIED,
          List.of(r.id(), old, source),
          "Student record "
              + r.id()
              + " changed source id from "
              + old
              + " to "
              + source
              + "; it is re-keyed, not re-created.");
    }
    if (d.isEmpty()) {
      return;
    }
    cx.sink
        .decide(
            DecisionKind.UPDATE_STUDENT,
            rekeyed ? ReasonCode.REIDENTIFIED : ReasonCode.ROSTER_CHANGED)
        .target(r.id())
        .values(d)
        .personSource(source)
        .source(rekeyed ? old : null)
        .explain(
            rekeyed
                ? "Re-key student record "
                    + r.id()
                    + " from source id "
                    + old
                    + " to "
                    + source
                    + " ("
                    + d.names()
                    + ")."
                : "Update student record "
                    + r.id()
                    + " (student "
                    + source
                    + "): "
                    + d.names()
                    + ".");
  }

  /** Diffs every value the sync owns; with no record, gives the values of a create. */
  private void fields(SourcePerson p, StudentRecord r, boolean matched, Diff d) {
    SyncSettings s = cx.settings;
    boolean n = r == null;
    if (!matched) {
      // A record matched by its source id already has the person's id: only a create or a re-key
      // sets it.
      d.set(Field.SOURCE_ID, n ? null : r.sourceIdOrNull(), p.id());
    }
    d.setRaw(Field.SIS_ID, n ? null : r.sisIdOrNull(), p.sisIdOrNull(), Text::clean);
    d.setRaw(
        Field.STUDENT_NUMBER,
        n ? null : r.studentNumberOrNull(),
        p.studentNumberOrNull(),
        Text::clean);
    d.setRaw(Field.LEGACY_ID, n ? null : r.legacyIdOrNull(), p.legacyIdOrNull(), Text::clean);
    d.setRaw(Field.FIRST_NAME, n ? null : r.firstNameOrNull(), p.firstNameOrNull(), Text::clean);
    d.setRaw(Field.LAST_NAME, n ? null : r.lastNameOrNull(), p.lastNameOrNull(), Text::clean);
    d.setRaw(Field.EMAIL, n ? null : r.emailOrNull(), p.emailOrNull(), Text::email);
    d.setRaw(Field.GRADE, n ? null : r.gradeOrNull(), p.gradeOrNull(), Text::clean);
    d.setRaw(
        Field.DISPLAY_ID,
        n ? null : r.displayIdOrNull(),
        s.studentIdSource() == StudentIdSource.SIS_ID ? p.sisIdOrNull() : p.studentNumberOrNull(),
        Text::clean);
    if (ell) {
      d.setIfSharedRaw(Field.ELL_STATUS, n ? null : r.ellStatusOrNull(), p.ellStatusOrNull());
    }
    if (frl) {
      d.setIfSharedRaw(Field.FRL_STATUS, n ? null : r.frlStatusOrNull(), p.frlStatusOrNull());
    }
    if (iep) {
      d.setIfSharedRaw(Field.IEP_STATUS, n ? null : r.iepStatusOrNull(), p.iepStatusOrNull());
    }
    if (!p.extensionFields().isEmpty()) {
      Map<String, String> current = n ? Map.of() : r.extensionFields();
      for (Map.Entry<String, String> e : p.extensionFields().entrySet()) {
        String key = e.getKey();
        String now = current.get(key);
        if (!key.isEmpty() && !e.getValue().equals(now) && s.carriesExtensionField(key)) {
          d.setExtensionIfSharedRaw(key, now, e.getValue());
        }
      }
    }
  }

  private static IdentityKeys.RecordIds ids(StudentRecord r) {
    IdentityKeys.RecordIds ids = new IdentityKeys.RecordIds();
    ids.sourceId = r.sourceId();
    ids.sisId = r.sisId();
    ids.legacyId = r.legacyId();
    return ids;
  }
}

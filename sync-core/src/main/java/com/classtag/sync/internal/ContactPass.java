package com.classtag.sync.internal;

import com.classtag.sync.internal.DecisionAccess.SourcePart;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.UserStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Contacts (when the settings manage guardians): filters guardian links by type and relationship,
 * invites each reachable contact once however many students they have, keeps invitees' details
 * current (joined users' only with the setting on), re-keys contacts whose source id changed, and
 * links and unlinks.
 */
final class ContactPass {
  /**
   * The kind in the provisional ids of the contacts this pass creates ({@link StateIndex#newId}).
   */
  static final String KIND = "contact";

  /** Remind holds a sync at six guardians; ClassTag's docs echo it as a data-quality signal. */
  private static final int MANY_GUARDIANS = 6;

  private final Context cx;
  private final People people;
  private final IntList students;
  private final SharedEmails emails;
  private final String[] types;
  private final String[] relationships;
  private final String[] smsTypes;

  /** Reused for every person (cleared first): a nightly run diffs hundreds of thousands of them. */
  private final Diff idsDiff = new Diff();

  private final ReadAhead ahead = new ReadAhead();

  /** The values of links, by type and relationship (see linkValues). */
  private final Map<String, Map<String, SortedValues>> linkValues = new HashMap<>();

  /** Explanation templates of invitations, by the number of synced students (see invited). */
  private final Object[][] invitedBy = new Object[16][];

  /** Explanation templates of new and changed links, by relationship (see linked). */
  private final Map<String, Object[]> linkedAs = new HashMap<>();

  private final Map<String, Object[]> relinkedAs = new HashMap<>();

  private final Diff detailsDiff = new Diff();
  private final FilteredLinks filtered = new FilteredLinks();

  /**
   * Source ids of the new contacts with no usable email and no SMS-capable phone, in plan order.
   */
  private final List<String> unreachable = new ArrayList<>();

  /** Positions of the contacts with passing links, in order of their first one. */
  private final IntList synced = new IntList();

  /**
   * Each contact's passing links as a chain: {@code head[person]} is the first entry, {@code
   * next[entry]} the following one, -1 ends; an entry names a roster link and its student's
   * position.
   */
  private int[] head;

  private int[] next;
  private int[] link;
  private int[] student;

  /** How many links the sync made the state has: the base of the unlink threshold. */
  private long syncedLinks;

  /** Which state contact accounts the pass has dealt with; the links of the others are unlinked. */
  private boolean[] handled;

  ContactPass(Context cx, IntList syncedStudents, SharedEmails emails) {
    this.cx = cx;
    this.people = cx.roster.people;
    this.students = syncedStudents;
    this.emails = emails;
    types = Text.trimmed(cx.settings.contactTypes());
    relationships = Text.trimmed(cx.settings.contactRelationships());
    smsTypes = Text.trimmed(cx.settings.smsPhoneTypes());
  }

  void run() {
    if (!cx.settings.manageGuardians()) {
      List<GuardianLink> links = cx.roster.links;
      for (int i = 0; i < links.size(); i++) {
        GuardianLink l = links.get(i);
        if (Text.missing(l.contactId()) || Text.missing(l.studentId())) {
          warnMissingId(l, i);
        }
      }
      return;
    }
    List<ContactAccount> accounts = cx.state.state.contacts();
    handled = new boolean[accounts.size()];
    filterLinks();
    IntList unmatched = new IntList();
    for (int i = 0; i < synced.size(); i++) {
      if (i % ReadAhead.BATCH == 0) {
        readAhead(i, Math.min(synced.size(), i + ReadAhead.BATCH), accounts);
      }
      int p = synced.get(i);
      int r = people.contactRecord[p];
      if (r < 0) {
        unmatched.add(p);
      } else {
        update(p, r, false);
      }
    }
    Rekeyer<Integer> rekeyer =
        Rekeyer.resolve(
            people,
            unmatched,
            cx.state.goneContacts,
            r -> ids(accounts.get(r)),
            true,
            new Rekeyer.Outcome<>() {
              @Override
              public void rekey(int p, Integer record) {
                update(p, record, true);
              }

              @Override
              public void treatAsNew(int p, List<String> ambiguousIds) {
                if (!ambiguousIds.isEmpty()) {
                  cx.sink.warn(
                      WarningCode.AMBIGUOUS_IDENTITY,
                      ambiguousIds,
                      "New contact "
                          + people.id(p)
                          + " matches several contacts whose source id disappeared; it is treated as new.");
                }
                invite(p);
              }
            });
    skipUnreachable();
    for (int r = 0; r < accounts.size(); r++) {
      if (!handled[r]) {
        ContactAccount a = accounts.get(r);
        for (ContactLink l : a.links()) {
          if (l.addedBy() == Actor.SYNC) {
            syncedLinks++;
            unlink(a, a.sourceId().filter(id -> !id.isEmpty()).orElse(null), l);
          }
        }
      }
    }
    // Counted while each account's links were read anyway (every account is read once, handled or
    // not).
    cx.sink.countSynced(DecisionKind.UNLINK_CONTACT, syncedLinks);
  }

  /**
   * Skips the new contacts that cannot be invited, in one decision that lists them all: they come
   * back on every nightly plan until the roster has an email or SMS-capable phone for them, and one
   * decision per contact would bury the night's real changes (and cost a decision each).
   */
  private void skipUnreachable() {
    if (unreachable.isEmpty()) {
      return;
    }
    int n = unreachable.size();
    cx.sink
        .decide(DecisionKind.SKIP, ReasonCode.NO_USABLE_CREDENTIAL)
        .distinctSources(unreachable)
        .explain(
            "Skip "
                + n
                + " new contact"
                + (n == 1 ? "" : "s")
                + " ("
                + Text.examples(unreachable)
                + "): no usable email and no SMS-capable phone; a later sync invites them once the roster has one.");
  }

  /** Warns about link number {@code i + 1}, which has no contact id or no student id. */
  private void warnMissingId(GuardianLink l, int i) {
    cx.sink.warn(
        WarningCode.MISSING_ID,
        List.of(l.contactId(), l.studentId()),
        "Guardian link #" + (i + 1) + " has no contact id or no student id; it is ignored.");
  }

  /**
   * Chains each contact's passing links (to synced students); skips and warns about the rest. Links
   * are read a batch at a time: the first sweep resolves contacts and filters, the passing links'
   * students are then looked up together (see {@link People#findAll(String[], int, int[])}), and
   * the second sweep chains them in roster order.
   */
  private void filterLinks() {
    List<GuardianLink> links = cx.roster.links;
    head = IdIndex.none(people.count);
    int capacity = Math.max(16, links.size() / 4);
    next = new int[capacity];
    link = new int[capacity];
    student = new int[capacity];
    int entries = 0;
    String lastContact = null;
    int contact = -1;
    int found = -1;
    String[] studentIds = new String[IdIndex.BATCH];
    int[] studentAt = new int[IdIndex.BATCH];
    int[] linkAt = new int[IdIndex.BATCH];
    int[] contactOf = new int[IdIndex.BATCH];
    for (int start = 0; start < links.size(); start += IdIndex.BATCH) {
      int end = Math.min(links.size(), start + IdIndex.BATCH);
      int passing = 0;
      for (int i = start; i < end; i++) {
        GuardianLink l = links.get(i);
        if (Text.missing(l.contactId()) || Text.missing(l.studentId())) {
          warnMissingId(l, i);
          continue;
        }
        if (!l.contactId().equals(lastContact)) {
          // A contact's links are usually consecutive (Clever lists them on the contact): one
          // lookup each.
          lastContact = l.contactId();
          contact = people.findFrom(found + 1, lastContact, People.CONTACT);
          if (contact >= 0) {
            found = contact;
          }
        }
        if (contact < 0) {
          cx.sink.warn(
              WarningCode.UNKNOWN_CONTACT,
              List.of(l.contactId(), l.studentId()),
              "A guardian link names contact "
                  + l.contactId()
                  + ", who is not shared as a contact; the link is ignored.");
          continue;
        }
        // Filter before looking the student up: in real feeds most links are filtered (emergency
        // and other contacts), and a filtered link is skipped whoever its student is.
        String type = Text.clean(l.typeOrNull());
        if (types.length > 0 && !Text.containsIgnoreCase(types, type)) {
          filtered.add(ReasonCode.CONTACT_TYPE_FILTERED, type, contact);
          continue;
        }
        String relationship = Text.clean(l.relationshipOrNull());
        if (relationships.length > 0 && !Text.containsIgnoreCase(relationships, relationship)) {
          filtered.add(ReasonCode.CONTACT_RELATIONSHIP_FILTERED, relationship, contact);
          continue;
        }
        studentIds[passing] = l.studentId();
        linkAt[passing] = i;
        contactOf[passing++] = contact;
      }
      people.findAll(studentIds, passing, studentAt);
      for (int k = 0; k < passing; k++) {
        int st = studentAt[k];
        int c = contactOf[k];
        if (st < 0 || !people.is(st, People.STUDENT)) {
          cx.sink.warn(
              WarningCode.UNKNOWN_CONTACT,
              List.of(people.id(c), studentIds[k]),
              "A guardian link names student "
                  + studentIds[k]
                  + ", who is not shared as a student; the link is ignored.");
          continue;
        }
        if (!people.hasStudentApp(st)) {
          continue;
        }
        if (head[c] < 0) {
          synced.add(c);
        } else if (linksTo(c, st)) {
          continue;
        }
        if (entries == next.length) {
          next = Arrays.copyOf(next, entries * 2);
          link = Arrays.copyOf(link, entries * 2);
          student = Arrays.copyOf(student, entries * 2);
        }
        link[entries] = linkAt[k];
        student[entries] = st;
        next[entries] = head[c];
        head[c] = entries++;
        people.countGuardian(st);
      }
    }
    filtered.decide(cx.sink, people);
    for (int i = 0; i < students.size(); i++) {
      int st = students.get(i);
      if (people.guardians[st] >= MANY_GUARDIANS) {
        cx.sink.warn(
            WarningCode.TOO_MANY_GUARDIANS,
            people.id(st),
            "Student "
                + people.id(st)
                + " has "
                + (people.guardians[st] == Byte.MAX_VALUE
                    ? "over 100"
                    : String.valueOf(people.guardians[st]))
                + " guardians to link; check for emergency or other contacts sent as parents.");
      }
    }
  }

  private boolean linksTo(int contact, int st) {
    for (int e = head[contact]; e >= 0; e = next[e]) {
      if (student[e] == st) {
        return true;
      }
    }
    return false;
  }

  private int passingCount(int contact) {
    int n = 0;
    for (int e = head[contact]; e >= 0; e = next[e]) {
      n++;
    }
    return n;
  }

  private void invite(int p) {
    String source = people.id(p);
    Channels ch = Channels.of(people.person(p), smsTypes);
    if (!ch.reachable()) {
      unreachable.add(source);
      return;
    }
    emails.add(ch.email, source);
    people.createContact(p);
    Diff ids = idsDiff;
    Diff details = detailsDiff;
    ids.clear();
    details.clear();
    fields(people.person(p), null, false, ch, ids, details);
    ids.addAll(details);
    int n = passingCount(p);
    cx.sink
        .decide(DecisionKind.INVITE_CONTACT, ReasonCode.NEW_PERSON)
        .newTarget(KIND, source)
        .values(ids)
        .personSource(source)
        .explainShared(invited(n), source, null);
    syncLinks(p, null);
  }

  /**
   * Reads the roster people and app accounts of the synced contacts {@code from} to {@code to}
   * ahead of {@link #update} (see {@link ReadAhead}).
   */
  private void readAhead(int from, int to, List<ContactAccount> accounts) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int p = synced.get(i);
      SourcePerson sp = people.person(p);
      n += sp.phones().size() + ReadAhead.of(sp.emailOrNull()) + ReadAhead.of(sp.lastNameOrNull());
      int r = people.contactRecord[p];
      if (r >= 0) {
        ContactAccount a = accounts.get(r);
        n += a.links().size() + ReadAhead.of(a.emailOrNull()) + ReadAhead.of(a.lastNameOrNull());
      }
    }
    ahead.keep(n);
  }

  /** Updates the contact account at state position {@code r} (re-keyed or matched by id). */
  private void update(int p, int r, boolean rekeyed) {
    ContactAccount a = cx.state.state.contacts().get(r);
    String source = people.id(p);
    people.linkContact(p, a.id());
    Channels ch = Channels.of(people.person(p), smsTypes);
    emails.add(ch.email, source);
    Diff ids = idsDiff;
    Diff details = detailsDiff;
    ids.clear();
    details.clear();
    fields(people.person(p), a, !rekeyed, ch, ids, details);
    String old = Text.orClear(a.sourceIdOrNull());
    if (rekeyed) {
      cx.sink.warn(
          WarningCode.REIDENTIFIED,
          List.of(a.id(), old, source),
          "Contact account "
              + a.id()
              + " changed source id from "
              + old
              + " to "
              + source
              + "; it is re-keyed, not re-invited.");
    }
    if (!details.isEmpty()) {
      if (!ch.reachable()) {
        cx.sink
            .decide(DecisionKind.SKIP, ReasonCode.NO_USABLE_CREDENTIAL)
            .target(a.id())
            .personSource(source)
            .explain(
                "Keep the contact details of contact account "
                    + a.id()
                    + ": the roster has no"
                    + " usable email and no SMS-capable phone for "
                    + source
                    + ".");
      } else if (a.status() == UserStatus.JOINED && !cx.settings.updateJoinedUserDetails()) {
        cx.sink
            .decide(DecisionKind.SKIP, ReasonCode.JOINED_USER_DETAILS_KEPT)
            .target(a.id())
            .personSource(source)
            .explain(
                "Keep the contact details of contact account "
                    + a.id()
                    + " ("
                    + details.names()
                    + " differ): the user joined and the settings do not update joined users.");
      } else {
        ids.addAll(details);
      }
    }
    if (!ids.isEmpty()) {
      cx.sink
          .decide(
              DecisionKind.UPDATE_CONTACT,
              rekeyed ? ReasonCode.REIDENTIFIED : ReasonCode.ROSTER_CHANGED)
          .target(a.id())
          .values(ids)
          .personSource(source)
          .source(rekeyed ? old : null)
          .explain(
              rekeyed
                  ? "Re-key contact account "
                      + a.id()
                      + " from source id "
                      + old
                      + " to "
                      + source
                      + " ("
                      + ids.names()
                      + ")."
                  : "Update contact account "
                      + a.id()
                      + " (contact "
                      + source
                      + "): "
                      + ids.names()
                      + ".");
    }
    handled[r] = true;
    syncLinks(p, a);
  }

  /**
   * The values of a link of this type and relationship, frozen and shared by every such link: a
   * first sync makes a link per guardian and student, with a handful of different values between
   * them.
   */
  private SortedValues linkValues(String type, String relationship) {
    SortedValues values = linkValues.computeIfAbsent(type, t -> new HashMap<>()).get(relationship);
    if (values == null) {
      values =
          new SortedValues(2)
              .set(Field.TYPE.jsonName(), type)
              .set(Field.RELATIONSHIP.jsonName(), relationship)
              .freeze();
      linkValues.get(type).put(relationship, values);
    }
    return values;
  }

  /**
   * The explanation of inviting a contact who is the guardian of {@code n} synced students, shared
   * by every invitation with the same {@code n}: the contact is the decision's one source id.
   */
  private Object[] invited(int n) {
    if (n < invitedBy.length && invitedBy[n] != null) {
      return invitedBy[n];
    }
    Object[] template = {
      "Invite contact ",
      SourcePart.FIRST,
      n == 1 ? ", guardian of 1 synced student." : ", guardian of " + n + " synced students."
    };
    if (n < invitedBy.length) {
      invitedBy[n] = template;
    }
    return template;
  }

  /**
   * The explanation of linking a contact to a student, shared by the links of one reason and
   * relationship: the contact is the decision's first source id, the student its last.
   */
  private Object[] linked(ReasonCode reason, String relationship) {
    Map<String, Object[]> cache = reason == ReasonCode.GUARDIAN_OF_STUDENT ? linkedAs : relinkedAs;
    Object[] template = cache.get(relationship);
    if (template == null) {
      template =
          new Object[] {
            reason == ReasonCode.GUARDIAN_OF_STUDENT
                ? "Link contact "
                : "Update the link of contact ",
            SourcePart.FIRST,
            " to student ",
            SourcePart.LAST,
            " as ",
            relationship,
            "."
          };
      cache.put(relationship, template);
    }
    return template;
  }

  /**
   * Links the contact to its passing students and unlinks the rest; {@code a} is null for a new
   * contact.
   */
  private void syncLinks(int p, ContactAccount a) {
    List<ContactLink> have = a == null ? List.of() : a.links();
    for (int e = head[p]; e >= 0; e = next[e]) {
      GuardianLink l = cx.roster.links.get(link[e]);
      int st = student[e];
      String type = Text.clean(l.typeOrNull());
      String relationship = Text.clean(l.relationshipOrNull());
      // A new student's provisional id is in no link of the state: its records refuse such ids.
      ContactLink existing = people.isNewStudent(st) ? null : find(have, people.studentAppId(st));
      ReasonCode reason;
      if (existing == null) {
        reason = ReasonCode.GUARDIAN_OF_STUDENT;
      } else if (existing.addedBy() == Actor.SYNC
          && (!Objects.equals(existing.typeOrNull(), type)
              || !Objects.equals(existing.relationshipOrNull(), relationship))) {
        reason = ReasonCode.LINK_CHANGED;
      } else {
        continue;
      }
      link(p, st, reason, type, relationship);
    }
    for (int i = 0; i < have.size(); i++) {
      ContactLink l = have.get(i);
      if (l.addedBy() == Actor.SYNC) {
        syncedLinks++;
        if (!linksToApp(p, l.studentId())) {
          // The contact's source id as this plan leaves it: a re-keyed contact is named by its new
          // id.
          unlink(a, people.id(p), l);
        }
      }
    }
  }

  /**
   * Links a contact to a student; a contact or student this plan creates is named by its
   * provisional id.
   */
  private void link(int p, int st, ReasonCode reason, String type, String relationship) {
    String source = people.id(p);
    String studentSource = people.id(st);
    Draft d = cx.sink.decide(DecisionKind.LINK_CONTACT, reason);
    if (people.isNewContact(p)) {
      d.newTarget(KIND, source);
    } else {
      d.target(people.contactAppId(p));
    }
    if (people.isNewStudent(st)) {
      d.newRelated(StudentPass.KIND, studentSource);
    } else {
      d.related(people.studentAppId(st));
    }
    d.values(linkValues(Text.orClear(type), Text.orClear(relationship)))
        .personSource(source)
        .personSource(studentSource)
        .explainShared(
            linked(reason, relationship == null ? "guardian" : relationship),
            source,
            studentSource);
  }

  private boolean linksToApp(int contact, String studentId) {
    for (int e = head[contact]; e >= 0; e = next[e]) {
      if (people.isStudentApp(student[e], studentId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Unlinks a contact account; {@code contactSource} is its source id after this plan, or null for
   * none.
   */
  private void unlink(ContactAccount a, String contactSource, ContactLink l) {
    cx.sink
        .decide(DecisionKind.UNLINK_CONTACT, ReasonCode.LINK_NOT_IN_ROSTER)
        .target(a.id())
        .related(l.studentId())
        .source(contactSource == null ? a.id() : contactSource)
        .explain(
            "Unlink contact "
                + (contactSource == null ? a.id() : contactSource)
                + " from student record "
                + l.studentId()
                + ": the roster no longer links them, or the link no longer passes the filters.");
  }

  private static ContactLink find(List<ContactLink> links, String studentId) {
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).studentId().equals(studentId)) {
        return links.get(i);
      }
    }
    return null;
  }

  private void fields(
      SourcePerson p, ContactAccount a, boolean matched, Channels ch, Diff ids, Diff details) {
    boolean n = a == null;
    if (!matched) {
      // A record matched by its source id already has the person's id: only a create or a re-key
      // sets it.
      ids.set(Field.SOURCE_ID, n ? null : a.sourceIdOrNull(), p.id());
    }
    ids.setRaw(Field.SIS_ID, n ? null : a.sisIdOrNull(), p.sisIdOrNull(), Text::clean);
    ids.setRaw(Field.LEGACY_ID, n ? null : a.legacyIdOrNull(), p.legacyIdOrNull(), Text::clean);
    details.setRaw(
        Field.FIRST_NAME, n ? null : a.firstNameOrNull(), p.firstNameOrNull(), Text::clean);
    details.setRaw(Field.LAST_NAME, n ? null : a.lastNameOrNull(), p.lastNameOrNull(), Text::clean);
    details.set(Field.EMAIL, n ? null : a.emailOrNull(), ch.email);
    details.set(Field.SMS_PHONE, n ? null : a.smsPhoneOrNull(), ch.sms);
    details.set(Field.HOME_PHONE, n ? null : a.homePhoneOrNull(), ch.home);
  }

  private static IdentityKeys.RecordIds ids(ContactAccount a) {
    IdentityKeys.RecordIds ids = new IdentityKeys.RecordIds();
    ids.sourceId = a.sourceId();
    ids.sisId = a.sisId();
    ids.legacyId = a.legacyId();
    ids.firstName = a.firstName();
    ids.lastName = a.lastName();
    ids.email = a.email();
    ids.smsPhone = a.smsPhone();
    ids.homePhone = a.homePhone();
    return ids;
  }
}

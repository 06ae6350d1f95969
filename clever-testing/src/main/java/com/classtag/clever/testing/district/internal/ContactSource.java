package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Objects;

/**
 * The district's contacts, generated from their index. Regular contacts map onto students in order
 * (4 for every 3 students, some also linked to a sibling); six extra guardians all belong to one
 * student. The first 64 contacts walk through every pairing of contact type and relationship,
 * including {@code ""} and a value of each the models do not know; after that the mix is weighted
 * like a real district's. The extra guardians make one student's family large enough for the
 * planner's six-guardian warning. Every sixteenth contact has neither an email nor a phone, and
 * pairs every 300 share a family email.
 */
public final class ContactSource implements RecordSource {
  /**
   * Contact types in the order the first contacts cycle through them; the last is unknown to
   * Clever.
   */
  static final String[] TYPES = {
    "Parent/Guardian",
    "Primary",
    "Secondary",
    "Emergency",
    "Family",
    "Other",
    "",
    "Guardian Ad Litem"
  };

  /**
   * Relationships in the order the first contacts cycle through them; the last is unknown to
   * Clever.
   */
  static final String[] RELATIONSHIPS = {
    "Parent", "Grandparent", "Self", "Aunt/Uncle", "Sibling", "Other", "", "Stepparent"
  };

  /**
   * A blended family: parents, step-parents and grandparents, all of whom a district may want to
   * reach.
   */
  private static final String[] EXTRA_TYPES = {
    "Parent/Guardian", "Parent/Guardian", "Primary", "Parent/Guardian", "Primary", "Parent/Guardian"
  };

  private static final String[] EXTRA_RELATIONSHIPS = {
    "Parent", "Parent", "Grandparent", "Parent", "Grandparent", "Parent"
  };
  private static final String DOMAIN = "@mail.example.com";

  private final Context context;
  private final Layout layout;
  private final StudentSource students;

  /**
   * Creates the source.
   *
   * @param context the district
   * @param students the students, whose family names most contacts share
   */
  public ContactSource(Context context, StudentSource students) {
    this.context = context;
    this.layout = context.layout();
    this.students = students;
  }

  @Override
  public int size() {
    return layout.contacts();
  }

  @Override
  public String id(int index) {
    Objects.checkIndex(index, size());
    return Ids.CONTACT.of(index);
  }

  /** Returns a contact's email, or null when the district has none for them. */
  public String email(int index) {
    return details(index).email;
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    Objects.checkIndex(index, size());
    Details details = details(index);
    out.beginObject();
    out.name("created").value(Context.created(index));
    out.name("district").value(context.districtId());
    if (details.email != null) {
      out.name("email").value(details.email);
    } else if (index % 3 == 0) {
      out.name("email").nullValue();
    } else if (index % 3 == 1) {
      out.name("email").value("");
    }
    out.name("id").value(id(index));
    out.name("last_modified").value(Context.modified(index));
    // Clever puts a contact's whole name in "last".
    out.name("name").beginObject().name("last").value(details.fullName).endObject();
    out.name("roles").beginObject().name("contact").beginObject();
    if (index % 2 == 1) {
      out.name("legacy_id").value(Ids.LEGACY.of(800_000L + index));
    }
    out.name("phone").value(details.phone == null ? "" : details.phone);
    out.name("phone_type").value(details.phoneType);
    out.name("sis_id").value(index % 10 == 7 ? "" : "C-" + (100_000 + index));
    out.name("student_relationships").beginArray();
    relationship(out, details.relationship, details.student, details.type);
    if (details.sibling >= 0) {
      relationship(out, details.relationship, details.sibling, details.type);
    }
    out.endArray();
    out.endObject().endObject();
    out.endObject();
  }

  private static void relationship(JsonWriter out, String relationship, int student, String type)
      throws IOException {
    out.beginObject()
        .name("relationship")
        .value(relationship)
        .name("student")
        .value(Ids.STUDENT.of(student))
        .name("type")
        .value(type)
        .endObject();
  }

  /** Everything about a contact that more than one field, or another contact, depends on. */
  private static final class Details {
    String fullName;
    String email;
    String phone;
    String phoneType;
    String type;
    String relationship;
    int student;
    int sibling = -1;
  }

  private Details details(int index) {
    Details details = new Details();
    Draws draws = context.draws(Draws.Stream.CONTACT, index);
    boolean regular = index < layout.regularContacts();
    details.student = regular ? layout.studentOfContact(index) : layout.crowdedStudent();
    if (regular
        && index % 9 == 4
        && details.student + 1 < layout.students()
        && layout.schoolOfStudent(details.student + 1) == layout.schoolOfStudent(details.student)) {
      details.sibling = details.student + 1;
    }
    String first = Names.first(draws);
    String last = draws.percent(80) ? students.lastName(details.student) : Names.last(draws);
    details.fullName = first + " " + last;
    if (!regular) {
      details.type = EXTRA_TYPES[index - layout.regularContacts()];
      details.relationship = EXTRA_RELATIONSHIPS[index - layout.regularContacts()];
    } else if (index < TYPES.length * RELATIONSHIPS.length) {
      details.type = TYPES[index % TYPES.length];
      details.relationship = RELATIONSHIPS[index / TYPES.length % RELATIONSHIPS.length];
    } else {
      details.type = weightedType(index, draws);
      details.relationship = weightedRelationship(index, draws);
    }
    boolean hasEmail = draws.percent(85);
    boolean hasPhone = draws.percent(85);
    details.phoneType =
        draws.pick("Cell", "Cell", "Cell", "Cell", "Cell", "Cell", "Home", "Home", "Work", "Other");
    if (index % 500 == 252) {
      details.phoneType = "Mobile";
    }
    switch (index % 16) {
      case 13:
        hasEmail = false;
        hasPhone = false;
        details.phoneType = "";
        break;
      case 14:
        hasEmail = false;
        hasPhone = true;
        details.phoneType = "Home";
        break;
      case 15:
        hasEmail = false;
        hasPhone = true;
        details.phoneType = "Cell";
        break;
      default:
        break;
    }
    if (index % 300 <= 1) {
      // Two family members who share one mailbox.
      details.email = "family" + index / 300 + DOMAIN;
    } else if (hasEmail) {
      details.email = Names.mailbox(first) + "." + Names.mailbox(last) + index + DOMAIN;
    }
    details.phone = hasPhone ? "555" + Context.pad(index % 10_000_000, 7) : null;
    return details;
  }

  private static String weightedType(int index, Draws draws) {
    if (index % 500 == 250) {
      return TYPES[7];
    }
    int roll = draws.below(100);
    return roll < 55
        ? "Parent/Guardian"
        : roll < 65
            ? "Primary"
            : roll < 72
                ? "Secondary"
                : roll < 86 ? "Emergency" : roll < 94 ? "Family" : roll < 98 ? "Other" : "";
  }

  private static String weightedRelationship(int index, Draws draws) {
    if (index % 500 == 251) {
      return RELATIONSHIPS[7];
    }
    int roll = draws.below(100);
    return roll < 62
        ? "Parent"
        : roll < 73
            ? "Grandparent"
            : roll < 81
                ? "Aunt/Uncle"
                : roll < 87 ? "Sibling" : roll < 96 ? "Other" : roll < 98 ? "Self" : "";
  }
}

package com.classtag.clever.testing.district.internal;

/** Made-up given names and family names; combinations identify no real person. */
public final class Names {
  private static final String[] FIRST = {
    "Avery",
    "Basil",
    "Calla",
    "Dario",
    "Elowen",
    "Fennick",
    "Greta",
    "Hollis",
    "Ines",
    "Jory",
    "Kestrel",
    "Lumi",
    "Marek",
    "Nella",
    "Orrin",
    "Pia",
    "Quill",
    "Rosalind",
    "Soren",
    "Tamsin",
    "Ulric",
    "Vesna",
    "Wren",
    "Xanthe",
    "Yannick",
    "Zelie",
    "Ansel",
    "Brielle",
    "Cormac",
    "Delphine",
    "Emrys",
    "Faye",
    "Gideon",
    "Halle",
    "Ivo",
    "Juno",
    "Kaspar",
    "Liesl",
    "Mireille",
    "Niall",
    "Odette",
    "Pascal"
  };
  private static final String[] LAST = {
    "Ashdown",
    "Brambley",
    "Corrigan",
    "Dunmore",
    "Elsworth",
    "Fairweather",
    "Glenmore",
    "Hartwell",
    "Ingleby",
    "Jessop",
    "Kettering",
    "Larkspur",
    "Merriweather",
    "Northcott",
    "Oakhurst",
    "Pennywhistle",
    "Quarrington",
    "Rosewarne",
    "Stillwater",
    "Thistlewood",
    "Underhill",
    "Vantongeren",
    "Westbrook",
    "Yarrowby",
    "Zennor",
    "Abernethy",
    "Blackthorn",
    "Cloudsley",
    "Dovecote",
    "Evenwood",
    "Foxhollow",
    "Greyfriars",
    "Hawthorne",
    "Ivybridge",
    "Juniperly",
    "Kingsmere",
    "Lindqvist",
    "Moorcroft"
  };
  private static final String[] MIDDLE = {"A", "B", "C", "J", "L", "M", "R", "S"};

  private Names() {}

  public static String first(Draws random) {
    return FIRST[random.below(FIRST.length)];
  }

  public static String last(Draws random) {
    return LAST[random.below(LAST.length)];
  }

  public static String middle(Draws random) {
    return MIDDLE[random.below(MIDDLE.length)];
  }

  /** Returns an email-safe, lowercase version of a name. */
  public static String mailbox(String name) {
    StringBuilder box = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        box.append(c);
      }
    }
    return box.toString();
  }
}

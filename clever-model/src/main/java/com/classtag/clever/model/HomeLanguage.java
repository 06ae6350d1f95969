package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A student's home language by name ({@code roles.student.home_language}): the union of the 47
 * names of v3.0 and the 152 of v3.1 (every v3.0 name is also a v3.1 name), sorted. Clever pairs it
 * with {@link HomeLanguageCode} in v3.1, but the spec does not give the pairing, so neither is
 * derived from the other. Open: an unknown value parses and keeps its text. Demographic data:
 * models never show it in {@code toString}.
 */
public final class HomeLanguage extends OpenEnum {
  private static final OpenEnumRegistry<HomeLanguage> REGISTRY =
      new OpenEnumRegistry<>(HomeLanguage::new);

  /** {@code Afrikaans}. */
  public static final HomeLanguage AFRIKAANS = REGISTRY.known("Afrikaans");

  /** {@code Albanian}. */
  public static final HomeLanguage ALBANIAN = REGISTRY.known("Albanian");

  /** {@code Amharic}. */
  public static final HomeLanguage AMHARIC = REGISTRY.known("Amharic");

  /** {@code Arabic}. */
  public static final HomeLanguage ARABIC = REGISTRY.known("Arabic");

  /** {@code Armenian}. */
  public static final HomeLanguage ARMENIAN = REGISTRY.known("Armenian");

  /** {@code Assamese}. */
  public static final HomeLanguage ASSAMESE = REGISTRY.known("Assamese");

  /** {@code Aymara}. */
  public static final HomeLanguage AYMARA = REGISTRY.known("Aymara");

  /** {@code Azerbaijani}. */
  public static final HomeLanguage AZERBAIJANI = REGISTRY.known("Azerbaijani");

  /** {@code Bambara}. */
  public static final HomeLanguage BAMBARA = REGISTRY.known("Bambara");

  /** {@code Bashkir}. */
  public static final HomeLanguage BASHKIR = REGISTRY.known("Bashkir");

  /** {@code Basque}. */
  public static final HomeLanguage BASQUE = REGISTRY.known("Basque");

  /** {@code Belarusian}. */
  public static final HomeLanguage BELARUSIAN = REGISTRY.known("Belarusian");

  /** {@code Bengali}. */
  public static final HomeLanguage BENGALI = REGISTRY.known("Bengali");

  /** {@code Bhojpuri}. */
  public static final HomeLanguage BHOJPURI = REGISTRY.known("Bhojpuri");

  /** {@code Bosnian}. */
  public static final HomeLanguage BOSNIAN = REGISTRY.known("Bosnian");

  /** {@code Bulgarian}. */
  public static final HomeLanguage BULGARIAN = REGISTRY.known("Bulgarian");

  /** {@code Burmese}. */
  public static final HomeLanguage BURMESE = REGISTRY.known("Burmese");

  /** {@code Cabo Verdean}. */
  public static final HomeLanguage CABO_VERDEAN = REGISTRY.known("Cabo Verdean");

  /** {@code Cantonese}. */
  public static final HomeLanguage CANTONESE = REGISTRY.known("Cantonese");

  /** {@code Catalan}. */
  public static final HomeLanguage CATALAN = REGISTRY.known("Catalan");

  /** {@code Cebuano}. */
  public static final HomeLanguage CEBUANO = REGISTRY.known("Cebuano");

  /** {@code Chichewa}. */
  public static final HomeLanguage CHICHEWA = REGISTRY.known("Chichewa");

  /** {@code Chinese}. */
  public static final HomeLanguage CHINESE = REGISTRY.known("Chinese");

  /** {@code Chuukese}. */
  public static final HomeLanguage CHUUKESE = REGISTRY.known("Chuukese");

  /** {@code Corsican}. */
  public static final HomeLanguage CORSICAN = REGISTRY.known("Corsican");

  /** {@code Croatian}. */
  public static final HomeLanguage CROATIAN = REGISTRY.known("Croatian");

  /** {@code Czech}. */
  public static final HomeLanguage CZECH = REGISTRY.known("Czech");

  /** {@code Danish}. */
  public static final HomeLanguage DANISH = REGISTRY.known("Danish");

  /** {@code Dari}. */
  public static final HomeLanguage DARI = REGISTRY.known("Dari");

  /** {@code Divehi}. */
  public static final HomeLanguage DIVEHI = REGISTRY.known("Divehi");

  /** {@code Dogri}. */
  public static final HomeLanguage DOGRI = REGISTRY.known("Dogri");

  /** {@code Dutch}. */
  public static final HomeLanguage DUTCH = REGISTRY.known("Dutch");

  /** {@code English}. */
  public static final HomeLanguage ENGLISH = REGISTRY.known("English");

  /** {@code Estonian}. */
  public static final HomeLanguage ESTONIAN = REGISTRY.known("Estonian");

  /** {@code Ewe}. */
  public static final HomeLanguage EWE = REGISTRY.known("Ewe");

  /** {@code Faroese}. */
  public static final HomeLanguage FAROESE = REGISTRY.known("Faroese");

  /** {@code Farsi}. */
  public static final HomeLanguage FARSI = REGISTRY.known("Farsi");

  /** {@code Fijian}. */
  public static final HomeLanguage FIJIAN = REGISTRY.known("Fijian");

  /** {@code Filipino}. */
  public static final HomeLanguage FILIPINO = REGISTRY.known("Filipino");

  /** {@code Finnish}. */
  public static final HomeLanguage FINNISH = REGISTRY.known("Finnish");

  /** {@code French}. */
  public static final HomeLanguage FRENCH = REGISTRY.known("French");

  /** {@code Frisian}. */
  public static final HomeLanguage FRISIAN = REGISTRY.known("Frisian");

  /** {@code Galician}. */
  public static final HomeLanguage GALICIAN = REGISTRY.known("Galician");

  /** {@code Georgian}. */
  public static final HomeLanguage GEORGIAN = REGISTRY.known("Georgian");

  /** {@code German}. */
  public static final HomeLanguage GERMAN = REGISTRY.known("German");

  /** {@code Greek}. */
  public static final HomeLanguage GREEK = REGISTRY.known("Greek");

  /** {@code Guarani}. */
  public static final HomeLanguage GUARANI = REGISTRY.known("Guarani");

  /** {@code Gujarati}. */
  public static final HomeLanguage GUJARATI = REGISTRY.known("Gujarati");

  /** {@code Haitian Creole}. */
  public static final HomeLanguage HAITIAN_CREOLE = REGISTRY.known("Haitian Creole");

  /** {@code Hausa}. */
  public static final HomeLanguage HAUSA = REGISTRY.known("Hausa");

  /** {@code Hawaiian}. */
  public static final HomeLanguage HAWAIIAN = REGISTRY.known("Hawaiian");

  /** {@code Hebrew}. */
  public static final HomeLanguage HEBREW = REGISTRY.known("Hebrew");

  /** {@code Hindi}. */
  public static final HomeLanguage HINDI = REGISTRY.known("Hindi");

  /** {@code Hmong}. */
  public static final HomeLanguage HMONG = REGISTRY.known("Hmong");

  /** {@code Hungarian}. */
  public static final HomeLanguage HUNGARIAN = REGISTRY.known("Hungarian");

  /** {@code Icelandic}. */
  public static final HomeLanguage ICELANDIC = REGISTRY.known("Icelandic");

  /** {@code Igbo}. */
  public static final HomeLanguage IGBO = REGISTRY.known("Igbo");

  /** {@code Ilocano}. */
  public static final HomeLanguage ILOCANO = REGISTRY.known("Ilocano");

  /** {@code Indonesian}. */
  public static final HomeLanguage INDONESIAN = REGISTRY.known("Indonesian");

  /** {@code Inuinnaqtun}. */
  public static final HomeLanguage INUINNAQTUN = REGISTRY.known("Inuinnaqtun");

  /** {@code Inuktitut}. */
  public static final HomeLanguage INUKTITUT = REGISTRY.known("Inuktitut");

  /** {@code Irish}. */
  public static final HomeLanguage IRISH = REGISTRY.known("Irish");

  /** {@code Italian}. */
  public static final HomeLanguage ITALIAN = REGISTRY.known("Italian");

  /** {@code Japanese}. */
  public static final HomeLanguage JAPANESE = REGISTRY.known("Japanese");

  /** {@code Javanese}. */
  public static final HomeLanguage JAVANESE = REGISTRY.known("Javanese");

  /** {@code Kannada}. */
  public static final HomeLanguage KANNADA = REGISTRY.known("Kannada");

  /** {@code Karen}. */
  public static final HomeLanguage KAREN = REGISTRY.known("Karen");

  /** {@code Kazakh}. */
  public static final HomeLanguage KAZAKH = REGISTRY.known("Kazakh");

  /** {@code Khmer}. */
  public static final HomeLanguage KHMER = REGISTRY.known("Khmer");

  /** {@code Kinyarwanda}. */
  public static final HomeLanguage KINYARWANDA = REGISTRY.known("Kinyarwanda");

  /** {@code Kirundi}. */
  public static final HomeLanguage KIRUNDI = REGISTRY.known("Kirundi");

  /** {@code Konkani}. */
  public static final HomeLanguage KONKANI = REGISTRY.known("Konkani");

  /** {@code Korean}. */
  public static final HomeLanguage KOREAN = REGISTRY.known("Korean");

  /** {@code Krio}. */
  public static final HomeLanguage KRIO = REGISTRY.known("Krio");

  /** {@code Kurdish (Kurmanji)}. */
  public static final HomeLanguage KURDISH_KURMANJI = REGISTRY.known("Kurdish (Kurmanji)");

  /** {@code Kurdish (Sorani)}. */
  public static final HomeLanguage KURDISH_SORANI = REGISTRY.known("Kurdish (Sorani)");

  /** {@code Kyrgyz}. */
  public static final HomeLanguage KYRGYZ = REGISTRY.known("Kyrgyz");

  /** {@code Laotian}. */
  public static final HomeLanguage LAOTIAN = REGISTRY.known("Laotian");

  /** {@code Latvian}. */
  public static final HomeLanguage LATVIAN = REGISTRY.known("Latvian");

  /** {@code Lingala}. */
  public static final HomeLanguage LINGALA = REGISTRY.known("Lingala");

  /** {@code Lithuanian}. */
  public static final HomeLanguage LITHUANIAN = REGISTRY.known("Lithuanian");

  /** {@code Lower Sorbian}. */
  public static final HomeLanguage LOWER_SORBIAN = REGISTRY.known("Lower Sorbian");

  /** {@code Luganda}. */
  public static final HomeLanguage LUGANDA = REGISTRY.known("Luganda");

  /** {@code Luxembourgish}. */
  public static final HomeLanguage LUXEMBOURGISH = REGISTRY.known("Luxembourgish");

  /** {@code Macedonian}. */
  public static final HomeLanguage MACEDONIAN = REGISTRY.known("Macedonian");

  /** {@code Maithili}. */
  public static final HomeLanguage MAITHILI = REGISTRY.known("Maithili");

  /** {@code Malagasy}. */
  public static final HomeLanguage MALAGASY = REGISTRY.known("Malagasy");

  /** {@code Malay}. */
  public static final HomeLanguage MALAY = REGISTRY.known("Malay");

  /** {@code Malayalam}. */
  public static final HomeLanguage MALAYALAM = REGISTRY.known("Malayalam");

  /** {@code Maltese}. */
  public static final HomeLanguage MALTESE = REGISTRY.known("Maltese");

  /** {@code Mandarin}. */
  public static final HomeLanguage MANDARIN = REGISTRY.known("Mandarin");

  /** {@code Manipuri}. */
  public static final HomeLanguage MANIPURI = REGISTRY.known("Manipuri");

  /** {@code Maori}. */
  public static final HomeLanguage MAORI = REGISTRY.known("Maori");

  /** {@code Marathi}. */
  public static final HomeLanguage MARATHI = REGISTRY.known("Marathi");

  /** {@code Marshallese}. */
  public static final HomeLanguage MARSHALLESE = REGISTRY.known("Marshallese");

  /** {@code Mizo}. */
  public static final HomeLanguage MIZO = REGISTRY.known("Mizo");

  /** {@code Mongolian}. */
  public static final HomeLanguage MONGOLIAN = REGISTRY.known("Mongolian");

  /** {@code Nepali}. */
  public static final HomeLanguage NEPALI = REGISTRY.known("Nepali");

  /** {@code Northern Sotho}. */
  public static final HomeLanguage NORTHERN_SOTHO = REGISTRY.known("Northern Sotho");

  /** {@code Norwegian}. */
  public static final HomeLanguage NORWEGIAN = REGISTRY.known("Norwegian");

  /** {@code Odia}. */
  public static final HomeLanguage ODIA = REGISTRY.known("Odia");

  /** {@code Oromo}. */
  public static final HomeLanguage OROMO = REGISTRY.known("Oromo");

  /** {@code Other}. */
  public static final HomeLanguage OTHER = REGISTRY.known("Other");

  /** {@code Pashto}. */
  public static final HomeLanguage PASHTO = REGISTRY.known("Pashto");

  /** {@code Polish}. */
  public static final HomeLanguage POLISH = REGISTRY.known("Polish");

  /** {@code Portuguese}. */
  public static final HomeLanguage PORTUGUESE = REGISTRY.known("Portuguese");

  /** {@code Punjabi}. */
  public static final HomeLanguage PUNJABI = REGISTRY.known("Punjabi");

  /** {@code Quechua}. */
  public static final HomeLanguage QUECHUA = REGISTRY.known("Quechua");

  /** {@code Queretaro Otomi}. */
  public static final HomeLanguage QUERETARO_OTOMI = REGISTRY.known("Queretaro Otomi");

  /** {@code Romanian}. */
  public static final HomeLanguage ROMANIAN = REGISTRY.known("Romanian");

  /** {@code Russian}. */
  public static final HomeLanguage RUSSIAN = REGISTRY.known("Russian");

  /** {@code Samoan}. */
  public static final HomeLanguage SAMOAN = REGISTRY.known("Samoan");

  /** {@code Scots Gaelic}. */
  public static final HomeLanguage SCOTS_GAELIC = REGISTRY.known("Scots Gaelic");

  /** {@code Serbian}. */
  public static final HomeLanguage SERBIAN = REGISTRY.known("Serbian");

  /** {@code Sesotho}. */
  public static final HomeLanguage SESOTHO = REGISTRY.known("Sesotho");

  /** {@code Setswana}. */
  public static final HomeLanguage SETSWANA = REGISTRY.known("Setswana");

  /** {@code Shona}. */
  public static final HomeLanguage SHONA = REGISTRY.known("Shona");

  /** {@code Sindhi}. */
  public static final HomeLanguage SINDHI = REGISTRY.known("Sindhi");

  /** {@code Sinhala}. */
  public static final HomeLanguage SINHALA = REGISTRY.known("Sinhala");

  /** {@code Slovak}. */
  public static final HomeLanguage SLOVAK = REGISTRY.known("Slovak");

  /** {@code Slovenian}. */
  public static final HomeLanguage SLOVENIAN = REGISTRY.known("Slovenian");

  /** {@code Somali}. */
  public static final HomeLanguage SOMALI = REGISTRY.known("Somali");

  /** {@code Spanish}. */
  public static final HomeLanguage SPANISH = REGISTRY.known("Spanish");

  /** {@code Sundanese}. */
  public static final HomeLanguage SUNDANESE = REGISTRY.known("Sundanese");

  /** {@code Swahili}. */
  public static final HomeLanguage SWAHILI = REGISTRY.known("Swahili");

  /** {@code Swedish}. */
  public static final HomeLanguage SWEDISH = REGISTRY.known("Swedish");

  /** {@code Tagalog}. */
  public static final HomeLanguage TAGALOG = REGISTRY.known("Tagalog");

  /** {@code Tahitian}. */
  public static final HomeLanguage TAHITIAN = REGISTRY.known("Tahitian");

  /** {@code Tajik}. */
  public static final HomeLanguage TAJIK = REGISTRY.known("Tajik");

  /** {@code Tamil}. */
  public static final HomeLanguage TAMIL = REGISTRY.known("Tamil");

  /** {@code Tatar}. */
  public static final HomeLanguage TATAR = REGISTRY.known("Tatar");

  /** {@code Telugu}. */
  public static final HomeLanguage TELUGU = REGISTRY.known("Telugu");

  /** {@code Thai}. */
  public static final HomeLanguage THAI = REGISTRY.known("Thai");

  /** {@code Tibetan}. */
  public static final HomeLanguage TIBETAN = REGISTRY.known("Tibetan");

  /** {@code Tigrinya}. */
  public static final HomeLanguage TIGRINYA = REGISTRY.known("Tigrinya");

  /** {@code Tongan}. */
  public static final HomeLanguage TONGAN = REGISTRY.known("Tongan");

  /** {@code Tsonga}. */
  public static final HomeLanguage TSONGA = REGISTRY.known("Tsonga");

  /** {@code Turkish}. */
  public static final HomeLanguage TURKISH = REGISTRY.known("Turkish");

  /** {@code Turkmen}. */
  public static final HomeLanguage TURKMEN = REGISTRY.known("Turkmen");

  /** {@code Twi}. */
  public static final HomeLanguage TWI = REGISTRY.known("Twi");

  /** {@code Ukrainian}. */
  public static final HomeLanguage UKRAINIAN = REGISTRY.known("Ukrainian");

  /** {@code Upper Sorbian}. */
  public static final HomeLanguage UPPER_SORBIAN = REGISTRY.known("Upper Sorbian");

  /** {@code Urdu}. */
  public static final HomeLanguage URDU = REGISTRY.known("Urdu");

  /** {@code Uyghur}. */
  public static final HomeLanguage UYGHUR = REGISTRY.known("Uyghur");

  /** {@code Uzbek}. */
  public static final HomeLanguage UZBEK = REGISTRY.known("Uzbek");

  /** {@code Vietnamese}. */
  public static final HomeLanguage VIETNAMESE = REGISTRY.known("Vietnamese");

  /** {@code Welsh}. */
  public static final HomeLanguage WELSH = REGISTRY.known("Welsh");

  /** {@code Xhosa}. */
  public static final HomeLanguage XHOSA = REGISTRY.known("Xhosa");

  /** {@code Yiddish}. */
  public static final HomeLanguage YIDDISH = REGISTRY.known("Yiddish");

  /** {@code Yoruba}. */
  public static final HomeLanguage YORUBA = REGISTRY.known("Yoruba");

  /** {@code Yucatec Maya}. */
  public static final HomeLanguage YUCATEC_MAYA = REGISTRY.known("Yucatec Maya");

  /** {@code Zulu}. */
  public static final HomeLanguage ZULU = REGISTRY.known("Zulu");

  private HomeLanguage(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static HomeLanguage of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the languages this SDK version knows, in alphabetical order} */
  public static List<HomeLanguage> knownValues() {
    return REGISTRY.knownValues();
  }
}

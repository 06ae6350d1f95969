package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A student's home language as an ISO 639-3 code, or {@code other} ({@code
 * roles.student.home_language_code}, v3.1), sorted. Open: an unknown value parses and keeps its
 * text. Demographic data: models never show it in {@code toString}.
 */
public final class HomeLanguageCode extends OpenEnum {
  private static final OpenEnumRegistry<HomeLanguageCode> REGISTRY =
      new OpenEnumRegistry<>(HomeLanguageCode::new);

  /** {@code afr}. */
  public static final HomeLanguageCode AFR = REGISTRY.known("afr");

  /** {@code amh}. */
  public static final HomeLanguageCode AMH = REGISTRY.known("amh");

  /** {@code ara}. */
  public static final HomeLanguageCode ARA = REGISTRY.known("ara");

  /** {@code asm}. */
  public static final HomeLanguageCode ASM = REGISTRY.known("asm");

  /** {@code aym}. */
  public static final HomeLanguageCode AYM = REGISTRY.known("aym");

  /** {@code aze}. */
  public static final HomeLanguageCode AZE = REGISTRY.known("aze");

  /** {@code bak}. */
  public static final HomeLanguageCode BAK = REGISTRY.known("bak");

  /** {@code bam}. */
  public static final HomeLanguageCode BAM = REGISTRY.known("bam");

  /** {@code bel}. */
  public static final HomeLanguageCode BEL = REGISTRY.known("bel");

  /** {@code ben}. */
  public static final HomeLanguageCode BEN = REGISTRY.known("ben");

  /** {@code bho}. */
  public static final HomeLanguageCode BHO = REGISTRY.known("bho");

  /** {@code bod}. */
  public static final HomeLanguageCode BOD = REGISTRY.known("bod");

  /** {@code bos}. */
  public static final HomeLanguageCode BOS = REGISTRY.known("bos");

  /** {@code bul}. */
  public static final HomeLanguageCode BUL = REGISTRY.known("bul");

  /** {@code cat}. */
  public static final HomeLanguageCode CAT = REGISTRY.known("cat");

  /** {@code ceb}. */
  public static final HomeLanguageCode CEB = REGISTRY.known("ceb");

  /** {@code ces}. */
  public static final HomeLanguageCode CES = REGISTRY.known("ces");

  /** {@code chk}. */
  public static final HomeLanguageCode CHK = REGISTRY.known("chk");

  /** {@code ckb}. */
  public static final HomeLanguageCode CKB = REGISTRY.known("ckb");

  /** {@code cmn}. */
  public static final HomeLanguageCode CMN = REGISTRY.known("cmn");

  /** {@code cos}. */
  public static final HomeLanguageCode COS = REGISTRY.known("cos");

  /** {@code cpp}. */
  public static final HomeLanguageCode CPP = REGISTRY.known("cpp");

  /** {@code cym}. */
  public static final HomeLanguageCode CYM = REGISTRY.known("cym");

  /** {@code dan}. */
  public static final HomeLanguageCode DAN = REGISTRY.known("dan");

  /** {@code deu}. */
  public static final HomeLanguageCode DEU = REGISTRY.known("deu");

  /** {@code dgo}. */
  public static final HomeLanguageCode DGO = REGISTRY.known("dgo");

  /** {@code div}. */
  public static final HomeLanguageCode DIV = REGISTRY.known("div");

  /** {@code dsb}. */
  public static final HomeLanguageCode DSB = REGISTRY.known("dsb");

  /** {@code ell}. */
  public static final HomeLanguageCode ELL = REGISTRY.known("ell");

  /** {@code eng}. */
  public static final HomeLanguageCode ENG = REGISTRY.known("eng");

  /** {@code est}. */
  public static final HomeLanguageCode EST = REGISTRY.known("est");

  /** {@code eus}. */
  public static final HomeLanguageCode EUS = REGISTRY.known("eus");

  /** {@code ewe}. */
  public static final HomeLanguageCode EWE = REGISTRY.known("ewe");

  /** {@code fao}. */
  public static final HomeLanguageCode FAO = REGISTRY.known("fao");

  /** {@code fas}. */
  public static final HomeLanguageCode FAS = REGISTRY.known("fas");

  /** {@code fij}. */
  public static final HomeLanguageCode FIJ = REGISTRY.known("fij");

  /** {@code fil}. */
  public static final HomeLanguageCode FIL = REGISTRY.known("fil");

  /** {@code fin}. */
  public static final HomeLanguageCode FIN = REGISTRY.known("fin");

  /** {@code fra}. */
  public static final HomeLanguageCode FRA = REGISTRY.known("fra");

  /** {@code fry}. */
  public static final HomeLanguageCode FRY = REGISTRY.known("fry");

  /** {@code gla}. */
  public static final HomeLanguageCode GLA = REGISTRY.known("gla");

  /** {@code gle}. */
  public static final HomeLanguageCode GLE = REGISTRY.known("gle");

  /** {@code glg}. */
  public static final HomeLanguageCode GLG = REGISTRY.known("glg");

  /** {@code grn}. */
  public static final HomeLanguageCode GRN = REGISTRY.known("grn");

  /** {@code guj}. */
  public static final HomeLanguageCode GUJ = REGISTRY.known("guj");

  /** {@code hat}. */
  public static final HomeLanguageCode HAT = REGISTRY.known("hat");

  /** {@code hau}. */
  public static final HomeLanguageCode HAU = REGISTRY.known("hau");

  /** {@code haw}. */
  public static final HomeLanguageCode HAW = REGISTRY.known("haw");

  /** {@code heb}. */
  public static final HomeLanguageCode HEB = REGISTRY.known("heb");

  /** {@code hin}. */
  public static final HomeLanguageCode HIN = REGISTRY.known("hin");

  /** {@code hmn}. */
  public static final HomeLanguageCode HMN = REGISTRY.known("hmn");

  /** {@code hrv}. */
  public static final HomeLanguageCode HRV = REGISTRY.known("hrv");

  /** {@code hsb}. */
  public static final HomeLanguageCode HSB = REGISTRY.known("hsb");

  /** {@code hun}. */
  public static final HomeLanguageCode HUN = REGISTRY.known("hun");

  /** {@code hye}. */
  public static final HomeLanguageCode HYE = REGISTRY.known("hye");

  /** {@code ibo}. */
  public static final HomeLanguageCode IBO = REGISTRY.known("ibo");

  /** {@code ikt}. */
  public static final HomeLanguageCode IKT = REGISTRY.known("ikt");

  /** {@code iku}. */
  public static final HomeLanguageCode IKU = REGISTRY.known("iku");

  /** {@code ilo}. */
  public static final HomeLanguageCode ILO = REGISTRY.known("ilo");

  /** {@code ind}. */
  public static final HomeLanguageCode IND = REGISTRY.known("ind");

  /** {@code isl}. */
  public static final HomeLanguageCode ISL = REGISTRY.known("isl");

  /** {@code ita}. */
  public static final HomeLanguageCode ITA = REGISTRY.known("ita");

  /** {@code jav}. */
  public static final HomeLanguageCode JAV = REGISTRY.known("jav");

  /** {@code jpn}. */
  public static final HomeLanguageCode JPN = REGISTRY.known("jpn");

  /** {@code kan}. */
  public static final HomeLanguageCode KAN = REGISTRY.known("kan");

  /** {@code kar}. */
  public static final HomeLanguageCode KAR = REGISTRY.known("kar");

  /** {@code kat}. */
  public static final HomeLanguageCode KAT = REGISTRY.known("kat");

  /** {@code kaz}. */
  public static final HomeLanguageCode KAZ = REGISTRY.known("kaz");

  /** {@code khm}. */
  public static final HomeLanguageCode KHM = REGISTRY.known("khm");

  /** {@code kin}. */
  public static final HomeLanguageCode KIN = REGISTRY.known("kin");

  /** {@code kir}. */
  public static final HomeLanguageCode KIR = REGISTRY.known("kir");

  /** {@code knn}. */
  public static final HomeLanguageCode KNN = REGISTRY.known("knn");

  /** {@code kor}. */
  public static final HomeLanguageCode KOR = REGISTRY.known("kor");

  /** {@code kri}. */
  public static final HomeLanguageCode KRI = REGISTRY.known("kri");

  /** {@code kur}. */
  public static final HomeLanguageCode KUR = REGISTRY.known("kur");

  /** {@code lao}. */
  public static final HomeLanguageCode LAO = REGISTRY.known("lao");

  /** {@code lav}. */
  public static final HomeLanguageCode LAV = REGISTRY.known("lav");

  /** {@code lin}. */
  public static final HomeLanguageCode LIN = REGISTRY.known("lin");

  /** {@code lit}. */
  public static final HomeLanguageCode LIT = REGISTRY.known("lit");

  /** {@code ltz}. */
  public static final HomeLanguageCode LTZ = REGISTRY.known("ltz");

  /** {@code lug}. */
  public static final HomeLanguageCode LUG = REGISTRY.known("lug");

  /** {@code lus}. */
  public static final HomeLanguageCode LUS = REGISTRY.known("lus");

  /** {@code mah}. */
  public static final HomeLanguageCode MAH = REGISTRY.known("mah");

  /** {@code mai}. */
  public static final HomeLanguageCode MAI = REGISTRY.known("mai");

  /** {@code mal}. */
  public static final HomeLanguageCode MAL = REGISTRY.known("mal");

  /** {@code mar}. */
  public static final HomeLanguageCode MAR = REGISTRY.known("mar");

  /** {@code mkd}. */
  public static final HomeLanguageCode MKD = REGISTRY.known("mkd");

  /** {@code mlg}. */
  public static final HomeLanguageCode MLG = REGISTRY.known("mlg");

  /** {@code mlt}. */
  public static final HomeLanguageCode MLT = REGISTRY.known("mlt");

  /** {@code mni}. */
  public static final HomeLanguageCode MNI = REGISTRY.known("mni");

  /** {@code mon}. */
  public static final HomeLanguageCode MON = REGISTRY.known("mon");

  /** {@code mri}. */
  public static final HomeLanguageCode MRI = REGISTRY.known("mri");

  /** {@code msa}. */
  public static final HomeLanguageCode MSA = REGISTRY.known("msa");

  /** {@code mya}. */
  public static final HomeLanguageCode MYA = REGISTRY.known("mya");

  /** {@code nep}. */
  public static final HomeLanguageCode NEP = REGISTRY.known("nep");

  /** {@code nld}. */
  public static final HomeLanguageCode NLD = REGISTRY.known("nld");

  /** {@code nob}. */
  public static final HomeLanguageCode NOB = REGISTRY.known("nob");

  /** {@code nso}. */
  public static final HomeLanguageCode NSO = REGISTRY.known("nso");

  /** {@code nya}. */
  public static final HomeLanguageCode NYA = REGISTRY.known("nya");

  /** {@code ori}. */
  public static final HomeLanguageCode ORI = REGISTRY.known("ori");

  /** {@code orm}. */
  public static final HomeLanguageCode ORM = REGISTRY.known("orm");

  /** {@code other}. */
  public static final HomeLanguageCode OTHER = REGISTRY.known("other");

  /** {@code otq}. */
  public static final HomeLanguageCode OTQ = REGISTRY.known("otq");

  /** {@code pan}. */
  public static final HomeLanguageCode PAN = REGISTRY.known("pan");

  /** {@code pol}. */
  public static final HomeLanguageCode POL = REGISTRY.known("pol");

  /** {@code por}. */
  public static final HomeLanguageCode POR = REGISTRY.known("por");

  /** {@code prs}. */
  public static final HomeLanguageCode PRS = REGISTRY.known("prs");

  /** {@code pus}. */
  public static final HomeLanguageCode PUS = REGISTRY.known("pus");

  /** {@code que}. */
  public static final HomeLanguageCode QUE = REGISTRY.known("que");

  /** {@code ron}. */
  public static final HomeLanguageCode RON = REGISTRY.known("ron");

  /** {@code run}. */
  public static final HomeLanguageCode RUN = REGISTRY.known("run");

  /** {@code rus}. */
  public static final HomeLanguageCode RUS = REGISTRY.known("rus");

  /** {@code sin}. */
  public static final HomeLanguageCode SIN = REGISTRY.known("sin");

  /** {@code slk}. */
  public static final HomeLanguageCode SLK = REGISTRY.known("slk");

  /** {@code slv}. */
  public static final HomeLanguageCode SLV = REGISTRY.known("slv");

  /** {@code smo}. */
  public static final HomeLanguageCode SMO = REGISTRY.known("smo");

  /** {@code sna}. */
  public static final HomeLanguageCode SNA = REGISTRY.known("sna");

  /** {@code snd}. */
  public static final HomeLanguageCode SND = REGISTRY.known("snd");

  /** {@code som}. */
  public static final HomeLanguageCode SOM = REGISTRY.known("som");

  /** {@code sot}. */
  public static final HomeLanguageCode SOT = REGISTRY.known("sot");

  /** {@code spa}. */
  public static final HomeLanguageCode SPA = REGISTRY.known("spa");

  /** {@code sqi}. */
  public static final HomeLanguageCode SQI = REGISTRY.known("sqi");

  /** {@code srp}. */
  public static final HomeLanguageCode SRP = REGISTRY.known("srp");

  /** {@code sun}. */
  public static final HomeLanguageCode SUN = REGISTRY.known("sun");

  /** {@code swa}. */
  public static final HomeLanguageCode SWA = REGISTRY.known("swa");

  /** {@code swe}. */
  public static final HomeLanguageCode SWE = REGISTRY.known("swe");

  /** {@code tah}. */
  public static final HomeLanguageCode TAH = REGISTRY.known("tah");

  /** {@code tam}. */
  public static final HomeLanguageCode TAM = REGISTRY.known("tam");

  /** {@code tat}. */
  public static final HomeLanguageCode TAT = REGISTRY.known("tat");

  /** {@code tel}. */
  public static final HomeLanguageCode TEL = REGISTRY.known("tel");

  /** {@code tgk}. */
  public static final HomeLanguageCode TGK = REGISTRY.known("tgk");

  /** {@code tgl}. */
  public static final HomeLanguageCode TGL = REGISTRY.known("tgl");

  /** {@code tha}. */
  public static final HomeLanguageCode THA = REGISTRY.known("tha");

  /** {@code tir}. */
  public static final HomeLanguageCode TIR = REGISTRY.known("tir");

  /** {@code ton}. */
  public static final HomeLanguageCode TON = REGISTRY.known("ton");

  /** {@code tsn}. */
  public static final HomeLanguageCode TSN = REGISTRY.known("tsn");

  /** {@code tso}. */
  public static final HomeLanguageCode TSO = REGISTRY.known("tso");

  /** {@code tuk}. */
  public static final HomeLanguageCode TUK = REGISTRY.known("tuk");

  /** {@code tur}. */
  public static final HomeLanguageCode TUR = REGISTRY.known("tur");

  /** {@code twi}. */
  public static final HomeLanguageCode TWI = REGISTRY.known("twi");

  /** {@code uig}. */
  public static final HomeLanguageCode UIG = REGISTRY.known("uig");

  /** {@code ukr}. */
  public static final HomeLanguageCode UKR = REGISTRY.known("ukr");

  /** {@code urd}. */
  public static final HomeLanguageCode URD = REGISTRY.known("urd");

  /** {@code uzb}. */
  public static final HomeLanguageCode UZB = REGISTRY.known("uzb");

  /** {@code vie}. */
  public static final HomeLanguageCode VIE = REGISTRY.known("vie");

  /** {@code xho}. */
  public static final HomeLanguageCode XHO = REGISTRY.known("xho");

  /** {@code yid}. */
  public static final HomeLanguageCode YID = REGISTRY.known("yid");

  /** {@code yor}. */
  public static final HomeLanguageCode YOR = REGISTRY.known("yor");

  /** {@code yua}. */
  public static final HomeLanguageCode YUA = REGISTRY.known("yua");

  /** {@code yue}. */
  public static final HomeLanguageCode YUE = REGISTRY.known("yue");

  /** {@code zho}. */
  public static final HomeLanguageCode ZHO = REGISTRY.known("zho");

  /** {@code zul}. */
  public static final HomeLanguageCode ZUL = REGISTRY.known("zul");

  private HomeLanguageCode(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static HomeLanguageCode of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the codes this SDK version knows, in alphabetical order} */
  public static List<HomeLanguageCode> knownValues() {
    return REGISTRY.knownValues();
  }
}

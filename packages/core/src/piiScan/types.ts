/** The kinds of personal data the scan looks for in free text. */
export const PERSONAL_DATA_KINDS = ["name", "birthdate", "address", "phone", "iban", "email", "bsn", "postcode"] as const;
/**
 * A kind of personal data: `name` (a person's name), `birthdate` (a date said to be a birth date),
 * `address` (a street with its house number, or a full postcode with a house number), `phone`,
 * `iban`, `email`, `bsn` (nine digits passing the 11-test) or `postcode` (a full postcode alone).
 */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/**
 * Where a piece of personal data was found: its kind and its offsets (UTF-16 code units, end
 * exclusive). Never the value itself.
 */
export interface PersonalDataFinding {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
}

/**
 * A list of names for the scan to know, beyond the small list built into core: what the
 * `@kinderwerk/names` package exports as `names`. Every entry is in lower case.
 */
export interface PersonalNameList {
  /** First names, in lower case. */
  readonly firstNames: ReadonlySet<string>;
  /** Surnames without their tussenvoegsel, in lower case. */
  readonly surnames: ReadonlySet<string>;
  /**
   * Names that are also ordinary Dutch words ("roos", "bas", "storm"): found when written with a
   * capital, or after a kinship or role word; in lower case alone they are taken for the word.
   */
  readonly commonWords: ReadonlySet<string>;
}

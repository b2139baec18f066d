import { BUILT_IN_COMMON_WORDS, BUILT_IN_FIRST_NAMES, BUILT_IN_SURNAMES, KINSHIP_WORDS, NAME_PARTICLES, NOT_NAMES, TITLE_WORDS } from "./nameWords.js";
import type { PersonalDataFinding, PersonalNameList } from "./types.js";

/** A word: letters, with apostrophes and hyphens inside (`Anna-Sophie`, `Al-Hassan`, `'t`). */
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}’]|'(?=\p{L})|-(?=\p{L}))*/gu;

interface Token {
  readonly start: number;
  readonly end: number;
  /** The word in lower case. */
  readonly lower: string;
  /** Whether it starts with a capital. */
  readonly capital: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    out.push({ start: m.index, end: m.index + w.length, lower: w.toLowerCase(), capital: w.charAt(0) !== w.charAt(0).toLowerCase() });
  }
  return out;
}

/** What the finder looks names up in: the built-in list and, optionally, a larger one. */
class Lexicon {
  constructor(private readonly extra: PersonalNameList | undefined) {}
  firstName(w: string): boolean {
    return BUILT_IN_FIRST_NAMES.has(w) || (this.extra?.firstNames.has(w) ?? false) || this.firstPart(w, (p) => this.firstName(p));
  }
  surname(w: string): boolean {
    return BUILT_IN_SURNAMES.has(w) || (this.extra?.surnames.has(w) ?? false);
  }
  commonWord(w: string): boolean {
    return BUILT_IN_COMMON_WORDS.has(w) || (this.extra?.commonWords.has(w) ?? false);
  }
  /** `anna-sophie`, `jan-willem`: a double name whose parts are names. */
  private firstPart(w: string, test: (p: string) => boolean): boolean {
    const dash = w.indexOf("-");
    return dash > 0 && test(w.slice(0, dash)) && test(w.slice(dash + 1));
  }
}

/** Whether only single spaces (or nothing) lie between two tokens. */
const adjacent = (text: string, a: Token, b: Token): boolean => b.start - a.end === 1 && text.charAt(a.end) === " ";

/** Whether a token stands right after a kinship or role word (`moeder Sara`, `moeder van Sara`, `juf Anouk`). */
function afterKinship(text: string, tokens: readonly Token[], i: number): { title: boolean } | undefined {
  const prev = tokens[i - 1];
  const t = tokens[i]!;
  if (!prev) return undefined;
  const gap = text.slice(prev.end, t.start);
  if (KINSHIP_WORDS.has(prev.lower) && /^\.? $/.test(gap)) return { title: TITLE_WORDS.has(prev.lower) };
  const before = tokens[i - 2];
  if (prev.lower === "van" && gap === " " && before && KINSHIP_WORDS.has(before.lower) && !TITLE_WORDS.has(before.lower) && adjacent(text, before, prev)) return { title: false };
  return undefined;
}

/** Whether token `i` begins a name: a listed first name, or any word with a capital after a kinship or role word. */
function startsName(text: string, tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (NOT_NAMES.has(t.lower) || t.lower.length < 2) return false;
  const prev = tokens[i - 1];
  if (prev && (prev.lower === "sint" || prev.lower === "st") && t.capital) return false;
  const context = afterKinship(text, tokens, i);
  if (context?.title) return t.capital || lex.surname(t.lower) || NAME_PARTICLES.has(t.lower);
  if (context) return t.capital || lex.firstName(t.lower);
  if (!lex.firstName(t.lower)) return false;
  return t.capital || !lex.commonWord(t.lower);
}

/** Extends a name over the next words: particles and words with a capital (`El Amrani`, `van der Heijden`). */
function extend(text: string, tokens: readonly Token[], i: number, lex: Lexicon): number {
  let last = i;
  let j = i + 1;
  while (j < tokens.length) {
    let k = j;
    while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.lower) && k - j < 3 && linked(text, tokens[k - 1]!, tokens[k]!)) k++;
    const next = tokens[k];
    if (!next || !linked(text, tokens[k - 1]!, next) || NOT_NAMES.has(next.lower)) break;
    if (!next.capital && !(k > j && lex.surname(next.lower))) break;
    // "van de" and "van het" also lead to places and organisations ("juf Petra van de Regenboog"):
    // after them, only a known surname.
    if (k - j >= 2 && tokens[j]!.lower === "van" && /^(?:de|het)$/.test(tokens[j + 1]!.lower) && !lex.surname(next.lower)) break;
    last = k;
    j = k + 1;
  }
  return last;
}

/** Whether two tokens are joined as parts of one name: one space, or the apostrophe of `'t`. */
const linked = (text: string, a: Token, b: Token): boolean => {
  const gap = text.slice(a.end, b.start);
  return gap === " " || gap === " '" || gap === "'";
};

/** Role words in brackets after a name: `Sunil (vader)`, `Nisha (groep 3)`. */
const ROLE_AFTER = /^ ?\((?:vader|moeder|oma|opa|tante|oom|broer|zus|stiefvader|stiefmoeder|pleegmoeder|pleegvader|voogd|groep|stagiair|stagiaire|vrijwilliger|vrijwilligster|buurvrouw|buurman)(?![\p{L}])/iu;

/** Whether token `i` is a word with a capital that may be a name (not a known non-name). */
const mayBeName = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return t !== undefined && t.capital && t.lower.length >= 2 && !NOT_NAMES.has(t.lower) && !NAME_PARTICLES.has(t.lower);
};

/**
 * Whether token `i`, not on the list, is a name by its place: a role in brackets after it
 * (`Sunil (vader)`), or joined by `en` or a comma to a name found (`Sergio en Jaydelyn`).
 */
function nameByPlace(text: string, tokens: readonly Token[], i: number, isName: readonly boolean[]): boolean {
  if (!mayBeName(tokens, i)) return false;
  const t = tokens[i]!;
  if (ROLE_AFTER.test(text.slice(t.end, t.end + 16))) return true;
  const joined = (a: number, b: number): boolean => {
    const gap = text.slice(tokens[a]!.end, tokens[b]!.start);
    return gap === ", " || (gap === " " && tokens[a + 1]?.lower === "en");
  };
  const prev = tokens[i - 1];
  if (prev?.lower === "en" && isName[i - 2] && joined(i - 2, i - 1) && joined(i - 1, i)) return true;
  if (isName[i - 1] && text.slice(tokens[i - 1]!.end, t.start) === ", ") return true;
  const next = tokens[i + 1];
  if (next?.lower === "en" && isName[i + 2] && joined(i, i + 1) && joined(i + 1, i + 2)) return true;
  return false;
}

/** People's names: known first names, and any name after a kinship or role word, with the surname that follows. */
export function findNames(text: string, names?: PersonalNameList): PersonalDataFinding[] {
  const lex = new Lexicon(names);
  const tokens = tokenize(text);
  const spans: [number, number][] = [];
  const isName: boolean[] = [];
  const add = (i: number, last: number): void => {
    spans.push([i, last]);
    for (let k = i; k <= last; k++) isName[k] = true;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!startsName(text, tokens, i, lex)) continue;
    const last = extend(text, tokens, i, lex);
    // A title and particles alone ("mw. de") are not a name: a word with a capital must follow.
    if (last === i && NAME_PARTICLES.has(tokens[i]!.lower) && !tokens[i]!.capital) continue;
    add(i, last);
    i = last;
  }
  // Names by their place, found once the listed names are known; twice, for "A, B en C".
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < tokens.length; i++) {
      if (isName[i] || !nameByPlace(text, tokens, i, isName)) continue;
      // "Hilal Koç (moeder)": the name starts at the first of the words with a capital before the role.
      let first = i;
      while (first > 0 && !isName[first - 1] && linked(text, tokens[first - 1]!, tokens[first]!) && (mayBeName(tokens, first - 1) || (NAME_PARTICLES.has(tokens[first - 1]!.lower) && first - 1 > 0 && mayBeName(tokens, first - 2)))) first--;
      add(first, extend(text, tokens, i, lex));
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans.map(([i, last]) => ({ kind: "name" as const, start: tokens[i]!.start, end: tokens[last]!.end }));
}

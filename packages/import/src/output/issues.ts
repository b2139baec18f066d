import { formatIssue, type Issue, type Lang, type Severity, type TableName } from "@kinderwerk/core";
import { importMessages } from "../messages/index.js";
import { recordMessages } from "../checking/records/messages.js";

/**
 * An issue found while importing, placed where a coordinator can find it: the table, the row as a
 * spreadsheet shows it (header = row 1), the physical line where the record starts, and the
 * column as written in the file. `message` is the issue in words, in the language asked for.
 */
export interface ImportIssue extends Issue {
  /** The table the issue is about. */
  readonly table?: TableName;
  /** The file the issue is about, when the import had a file name. */
  readonly file?: string;
  /** The row as a spreadsheet shows it; absent for an issue about the whole file. */
  readonly row?: number;
  /** The line of the file where the row starts (differs from `row` after quoted line breaks). */
  readonly line?: number;
  /** The column as written in the file (or the canonical name when the column is missing). */
  readonly column?: string;
  /** The issue in words: "Rij 14, kolom geboortedatum: 31-02-2025 is geen bestaande datum." */
  readonly message: string;
}

/** Where an issue is, for {@link describeIssue}. */
export interface IssuePlace {
  readonly table?: TableName | undefined;
  readonly file?: string | undefined;
  readonly row?: number | undefined;
  readonly line?: number | undefined;
  readonly column?: string | undefined;
  /** Start the message with a lowercase word (it follows other text). */
  readonly lowercase?: boolean | undefined;
}

const MESSAGES = [recordMessages, importMessages] as const;

/**
 * The words of an issue with its place: "Rij 14, kolom geboortedatum: …" (Dutch) or
 * "Row 14, column birthDate: …" (English).
 *
 * @param issue - the issue
 * @param place - the row and column (either may be absent)
 * @param lang - `nl` or `en`
 * @returns the message
 * @example
 * issueMessage(issue("cell.date.impossible", ["birthDate"], { value: "31-02-2025" }), { row: 14, column: "geboortedatum" }, "nl");
 * // => "Rij 14, kolom geboortedatum: 31-02-2025 is geen bestaande datum."
 */
export function issueMessage(issue: Issue, place: IssuePlace, lang: Lang): string {
  const body = formatIssue(issue, { lang, messages: MESSAGES });
  const where: string[] = [];
  if (place.row !== undefined) where.push(`${lang === "nl" ? "Rij" : "Row"} ${place.row}`);
  if (place.column !== undefined && place.column !== "") {
    const word = lang === "nl" ? "kolom" : "column";
    where.push(`${where.length > 0 || place.lowercase === true ? word : word[0]!.toUpperCase() + word.slice(1)} ${place.column}`);
  }
  return where.length === 0 ? body : `${where.join(", ")}: ${body}`;
}

/**
 * An issue with its place and message.
 *
 * @param issue - the issue
 * @param place - the table, file, row, line and column
 * @param lang - `nl` or `en`
 * @returns the import issue
 * @example
 * describeIssue(issue("value.required", ["childId"]), { row: 3, column: "kindId" }, "en").message;
 * // => "Row 3, column kindId: Child ID is missing."
 */
export function describeIssue(issue: Issue, place: IssuePlace, lang: Lang): ImportIssue {
  const out: { -readonly [K in keyof ImportIssue]: ImportIssue[K] } = {
    code: issue.code,
    severity: issue.severity,
    path: issue.path,
    params: issue.params,
    message: issueMessage(issue, place, lang),
  };
  if (place.table !== undefined) out.table = place.table;
  if (place.file !== undefined) out.file = place.file;
  if (place.row !== undefined) out.row = place.row;
  if (place.line !== undefined) out.line = place.line;
  if (place.column !== undefined) out.column = place.column;
  return Object.freeze(out);
}

/** Exact counts of issues by code and severity, also of issues beyond the cap. */
export type IssueCounts = Record<string, { error: number; warning: number }>;

/**
 * Collects issues up to a cap while counting every one exactly, by code and severity.
 */
export class IssueCollector {
  /** The collected issues (at most `max`). */
  readonly issues: ImportIssue[] = [];
  /** Every issue counted, collected or not. */
  readonly byCode: IssueCounts = Object.create(null) as IssueCounts;
  /** Errors counted. */
  errors = 0;
  /** Warnings counted. */
  warnings = 0;
  /** Per collected issue, the greatest row among the issues collected up to it (its place in the file). */
  private readonly at: number[] = [];
  /** The greatest row seen so far. */
  private lastRow = 0;
  /** The place in the file of the first issue left out because of the cap. */
  private firstLeftOut: number | undefined;

  /**
   * @param max - the most issues to collect
   * @param lang - the language of the messages
   */
  constructor(
    readonly max: number,
    readonly lang: Lang,
  ) {}

  /** Whether issues were left out because of the cap. */
  get truncated(): boolean {
    return this.errors + this.warnings > this.issues.length;
  }

  /** Count an issue, and collect it (with its message) while under the cap. */
  add(issue: Issue, place: IssuePlace): void {
    this.count(issue.code, issue.severity);
    if (place.row !== undefined && place.row > this.lastRow) this.lastRow = place.row;
    if (this.issues.length < this.max) {
      this.issues.push(describeIssue(issue, place, this.lang));
      this.at.push(this.lastRow);
    } else this.firstLeftOut ??= this.lastRow;
  }

  /**
   * Whether an issue of this row, found after the rows that follow it, would have been collected
   * had it been found in its place (no issue at or before this row was left out by the cap).
   *
   * @param row - the row
   * @returns whether {@link IssueCollector.insertLate} would keep it
   */
  wouldKeep(row: number): boolean {
    return this.firstLeftOut === undefined || row < this.firstLeftOut;
  }

  /**
   * Put issues of rows already passed in their places among the collected ones (after the issues
   * of the rows up to theirs), as if they had been found there; the cap then holds the first
   * `max` in that order. They must already be counted ({@link IssueCollector.count}).
   *
   * @param late - the issues with their places, by row (each with a `row`)
   */
  insertLate(late: readonly { readonly issue: Issue; readonly place: IssuePlace & { readonly row: number } }[]): void {
    if (late.length === 0) return;
    const issues: ImportIssue[] = [];
    const at: number[] = [];
    let i = 0;
    for (const l of late) {
      const row = l.place.row;
      if (!this.wouldKeep(row)) break;
      while (i < this.issues.length && this.at[i]! <= row) {
        issues.push(this.issues[i]!);
        at.push(this.at[i++]!);
      }
      issues.push(describeIssue(l.issue, l.place, this.lang));
      at.push(Math.max(row, i === 0 ? 0 : this.at[i - 1]!));
    }
    for (; i < this.issues.length; i++) {
      issues.push(this.issues[i]!);
      at.push(this.at[i]!);
    }
    if (issues.length > this.max) {
      this.firstLeftOut = Math.min(this.firstLeftOut ?? Infinity, at[this.max]!);
      issues.length = at.length = this.max;
    }
    for (let k = 0; k < issues.length; k++) {
      this.issues[k] = issues[k]!;
      this.at[k] = at[k]!;
    }
  }

  /** Count an issue without collecting it. */
  count(code: string, severity: Severity): void {
    const c = this.byCode[code] ?? (this.byCode[code] = { error: 0, warning: 0 });
    c[severity]++;
    if (severity === "error") this.errors++;
    else this.warnings++;
  }
}

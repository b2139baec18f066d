// The messages between the page and its worker. Files travel as Blobs (references to the bytes the
// browser already holds, not copies); results come back as plain data.
import type { Issue, Lang, TableName } from "@kinderwerk/core";
import type { FileFormat } from "@kinderwerk/import";
import type { Period, ReportDocument } from "@kinderwerk/reporting";
import type { ReportFormatId } from "./report/formats.js";
import type { ReportSettings } from "./report/settings.js";

/** A file of the dataset as the page holds it. */
export interface DatasetEntry {
  /** Stable id within the page. */
  readonly id: string;
  /** The file's own name (`kinderen.csv`): it tells the table and the format. */
  readonly name: string;
  /** Where it came from, as shown (`export.zip › kinderen.csv`). */
  readonly label: string;
  readonly blob: Blob;
  /** The table it holds; `undefined` until the coordinator chooses one when the name does not tell. */
  readonly table: TableName | undefined;
}

/** An issue as the page shows it: the words are chosen when shown, in the page's language. */
export interface ShownIssue extends Issue {
  readonly row?: number | undefined;
  readonly column?: string | undefined;
}

/** What reading one file gave. */
export interface FileOutcome {
  readonly id: string;
  readonly table: TableName;
  readonly format: FileFormat | undefined;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly duplicates: number;
  readonly warnings: number;
  readonly errors: number;
  /** Whether the whole file was read (not when the check was stopped or the file is broken). */
  readonly complete: boolean;
  /** Whether issues beyond the most the page keeps were left out (the counts stay exact). */
  readonly truncated: boolean;
  readonly issues: readonly ShownIssue[];
  /** The rejected rows with their reasons, in the input's dialect (an XLSX input gets a workbook). */
  readonly rejects?: { readonly blob: Blob; readonly name: string } | undefined;
}

/** The report made from a dataset. */
export interface ReportOutcome {
  readonly doc: ReportDocument;
  /** The period asked for (with its id, `2025-Q3`, for the file names). */
  readonly period: Period;
  /** The report as a standalone HTML page, in the language asked for. */
  readonly html: string;
}

/** From the page to the worker. */
export type ToWorker =
  | { readonly type: "expand"; readonly job: number; readonly files: readonly File[] }
  | {
      readonly type: "check";
      readonly job: number;
      readonly entries: readonly DatasetEntry[];
      readonly lang: Lang;
      /** The pseudonym key (text), or `undefined` to keep the ids as they are. */
      readonly key: string | undefined;
      readonly settings: ReportSettings;
      /** `false`: count for the report only (no issues, no rejects files). */
      readonly issues: boolean;
    }
  | { readonly type: "render"; readonly job: number; readonly doc: ReportDocument; readonly periodId: string | undefined; readonly format: ReportFormatId; readonly lang: Lang }
  | { readonly type: "state"; readonly job: number }
  | { readonly type: "cancel"; readonly job: number };

/** A file found in what was dropped: a data file, or one passed by with the reason. */
export interface ExpandedFile {
  readonly name: string;
  readonly label: string;
  readonly blob: Blob;
}

/** From the worker to the page. */
export type FromWorker =
  | { readonly type: "expanded"; readonly job: number; readonly files: readonly ExpandedFile[]; readonly passedBy: readonly { readonly label: string; readonly reason: "not-data" | "zip-too-large" | "zip-broken" }[] }
  | { readonly type: "progress"; readonly job: number; readonly file: string; readonly bytesRead: number; readonly totalBytes: number }
  | { readonly type: "checked"; readonly job: number; readonly files: readonly FileOutcome[]; readonly complete: boolean; readonly report: ReportOutcome | undefined; readonly ms: number }
  | { readonly type: "rendered"; readonly job: number; readonly blob: Blob; readonly fileName: string }
  | { readonly type: "failed"; readonly job: number; readonly reason: "key-too-short" | "no-crypto" | "period" | "unexpected"; readonly detail: string };

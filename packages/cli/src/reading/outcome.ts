// What reading a file gives the commands: the file named on the command line, its counts and its
// issues, ready to print. A leaf module: every stage of the reading imports it, it imports none.

import type { FileFormat } from "@kinderwerk/import";
import type { TableName } from "../_lib/tables.js";

/** One file to read: its path and table. */
export interface FileToRead {
  readonly path: string;
  readonly table: TableName;
}

/** An issue of a file, ready to print. */
export interface FileIssue {
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly message: string;
}

/** What reading one file gave. */
export interface FileOutcome {
  readonly path: string;
  readonly table: TableName;
  /** The format the file was read as. */
  readonly format: FileFormat | undefined;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly warnings: number;
  /** Errors counted (all, also those beyond `maxIssues`). */
  readonly errors: number;
  /** Whether its first row named none or not all of the table's required columns (`header.missing`, `header.missing-column`). */
  readonly headerUnrecognised: boolean;
  /** The collected issues (at most `maxIssues`). */
  readonly issues: readonly FileIssue[];
  /** Where the rejects file was written (only when asked for and rows were rejected). */
  readonly rejectsFile?: string;
}

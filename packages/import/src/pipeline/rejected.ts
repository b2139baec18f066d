import { type Issue, type Lang } from "@kinderwerk/core";
import { RejectsFile, RejectsWriter, rejectsDialect, type RejectsSink } from "../output/rejects/index.js";
import type { Header, Row } from "../types/rows.js";
import type { ImportOptions } from "./options.js";
import { recordIssue } from "../types/recordIssue.js";

/**
 * The rejected rows of an import: counted, and gathered into a rejects file — held for the result
 * (up to `maxRejects`), or written as they come when `onRejects` is given.
 */
export class RejectedRows {
  /** Rows rejected. */
  count = 0;
  /** The rejects file held for the result. */
  file: RejectsFile | undefined;
  private writer: RejectsWriter | undefined;
  private readonly wanted: boolean;
  private readonly sink: RejectsSink | undefined;
  private readonly max: number;

  constructor(
    private readonly options: Pick<ImportOptions, "rejects" | "onRejects" | "maxRejects" | "rejectsFormat">,
    private readonly lang: Lang,
  ) {
    this.wanted = options.rejects !== false;
    this.sink = options.onRejects;
    this.max = options.maxRejects ?? 10_000;
  }

  /**
   * Count a rejected row and add it, with the reasons, to the rejects file.
   *
   * @returns the warning that the rejects file was cut short, once, when this row cut it
   */
  add(row: Row, reasons: readonly { issue: Issue; column: string | undefined }[], header: Header | undefined, reasonsIndex: number): Issue | undefined {
    this.count++;
    if (!this.wanted || header === undefined) return undefined;
    const dialect = (): ReturnType<typeof rejectsDialect> => rejectsDialect(header.format, header.dialect, this.options.rejectsFormat, header.date1904 === true);
    if (this.sink !== undefined) {
      this.writer ??= new RejectsWriter(header.cells, dialect(), reasonsIndex, this.lang, this.sink);
      this.writer.add(row.row, row.cells, reasons, row.kinds);
      return undefined;
    }
    this.file ??= new RejectsFile(header.cells, dialect(), reasonsIndex, this.max);
    if (this.file.truncated) return undefined;
    this.file.add(row.row, row.cells, reasons, row.kinds);
    return this.file.truncated ? recordIssue("import.rejects-truncated", [], { max: this.max }, "warning") : undefined;
  }

  /** A later header (JSON grows its header as keys appear): the rejects file takes its columns. */
  useHeader(cells: string[]): void {
    this.file?.useHeader(cells);
  }

  /** Write out what the rejects writer holds. */
  async flush(): Promise<void> {
    if (this.writer !== undefined) await this.writer.flush();
  }

  /** After the last row: write out the rest of the rejects file and close it. */
  async end(): Promise<void> {
    if (this.writer !== undefined) await this.writer.end();
  }
}

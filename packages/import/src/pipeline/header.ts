import { type TableName } from "@kinderwerk/core";
import { DuplicateCheck } from "../checking/dataset/index.js";
import { guessTable, resolveHeader } from "../checking/header/index.js";
import { resolveMapping } from "../checking/mapping/index.js";
import { createRowReader } from "../checking/records/index.js";
import { memorySpillStore } from "../checking/spill/index.js";
import type { Header } from "../types/rows.js";
import { DEFAULT_DUPLICATE_MEMORY } from "./options.js";
import type { ImportRun } from "./run.js";
import { recordIssue } from "../types/recordIssue.js";

/**
 * The header stage: tell the table, resolve the mapping, match the columns and make the row
 * reader, the dataset's missing-table issues and the duplicate check. A JSON or NDJSON read may
 * repeat its header as keys appear; each header issue is reported once.
 */
export function startHeader<T>(run: ImportRun<T>, h: Header): void {
  // A JSON or NDJSON read repeats its header as keys appear: some steps are for the first one only.
  const first = run.plan === undefined;
  run.header = h;
  run.table ??= guessTable(h.cells);
  const table = run.table;
  if (table === undefined) {
    run.blocked = true;
    run.collector.add(recordIssue("import.table-unknown", [], run.file === undefined ? {} : { file: run.file }), run.place());
    return;
  }
  const mapping = run.options.mapping;
  if (mapping !== undefined && run.mapping === undefined && !run.blocked) {
    const m = resolveMapping(mapping, table, run.catalogues);
    if (!m.ok) {
      run.blocked = true;
      for (const i of m.issues) run.collector.add(i, run.place());
      return;
    }
    run.mapping = m.value;
  }
  const plan = resolveHeader(h.cells, table, run.mapping === undefined ? {} : { columns: run.mapping.columns });
  run.plan = plan;
  reportHeaderIssues(run, h);
  run.reader = createRowReader<Record<string, unknown>>(plan, {
    catalogues: run.catalogues,
    mapping: run.mapping,
    format: h.format,
    delimiter: h.dialect?.delimiter,
    date1904: h.date1904 === true,
    hideChildIds: run.pseudonymiser !== undefined,
    names: run.options.names,
  });
  run.rejected.useHeader(h.cells);
  if (first) reportMissingTables(run, table);
  const o = run.options;
  if (o.duplicates !== false && run.dups === undefined) {
    // The files of one table share one check, so a key repeated in another file is found too.
    const shared = run.files;
    run.dups = shared?.dups ?? new DuplicateCheck(table, { memory: o.duplicateMemory ?? DEFAULT_DUPLICATE_MEMORY, spill: o.spill ?? memorySpillStore, spillParts: o.spillParts });
    if (shared !== undefined) shared.dups = run.dups;
    run.dupsFile = run.dups.startFile(run.file);
  }
}

/** The dataset's tables this table points to that are not there: once per table, with its first file. */
function reportMissingTables<T>(run: ImportRun<T>, table: TableName): void {
  if (run.dataset === undefined || run.files?.missingReported === true) return;
  if (run.files !== undefined) run.files.missingReported = true;
  for (const i of run.dataset.missing(table)) run.collector.add(i, run.place(undefined, run.reader?.columnOf(i.path)));
}

function reportHeaderIssues<T>(run: ImportRun<T>, h: Header): void {
  for (const i of run.plan?.issues ?? []) {
    // NDJSON and JSON headers grow as keys appear: a key missing so far is not a missing column
    // (each row without it says so itself).
    if ((i.code === "header.missing-column" || i.code === "header.missing") && (h.format === "ndjson" || h.format === "json")) continue;
    const key = `${i.code}\u0000${String(i.params["column"] ?? i.params["field"] ?? "")}`;
    if (run.reported.has(key)) continue;
    run.reported.add(key);
    const column = typeof i.params["column"] === "string" ? i.params["column"] : typeof i.params["alias"] === "string" ? i.params["alias"] : undefined;
    run.collector.add(i, { ...run.place(), row: h.row, column });
  }
}

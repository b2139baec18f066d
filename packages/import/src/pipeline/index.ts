// The pipeline: a file's read events through the stages of checking into records, issues and rejects.
export { importEvents } from "./importEvents.js";
export { importTable } from "./importTable.js";
export { importDataset } from "./importDataset.js";
export type { DatasetFile, DatasetResult, ImportDatasetOptions } from "./importDataset.js";
export { DEFAULT_DUPLICATE_MEMORY } from "./options.js";
export type { ImportCounts, ImportOptions, ImportResult } from "./options.js";

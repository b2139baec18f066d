// @kinderwerk/reporting/xlsx: the report as an Excel workbook. The one entry point that needs
// ExcelJS (an optional peer dependency), so that the main entry stays small and browser-safe.
export { renderXlsx } from "./render/xlsx/index.js";
export type { RenderXlsxOptions } from "./render/xlsx/index.js";

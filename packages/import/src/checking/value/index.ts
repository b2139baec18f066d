// How a cell's text becomes a value: the coercers of each value type, and the problems they name.
export { INVALID, problem, trimCell } from "./cell.js";
export type { CellProblem, CellReader, Coerced } from "./cell.js";
export { coerceDate, coerceExcelDate, coerceExcelTime, coerceTime, explainDate } from "./dates.js";
export { coerceBoolean, coerceDecimal, coerceEuro, coerceInteger, coercePostcode } from "./scalars.js";
export { catalogueLookup, codeLookup, coerceCode, coerceCodeList, coercePartners, otherListSeparators, splitList } from "./codes.js";
export type { PartnerValue } from "./codes.js";

import type { MessageTable } from "@kinderwerk/core";
import { recordMessages } from "../checking/records/messages.js";
import { readMessages } from "../reading/messages.js";

/**
 * Messages for the codes of `@kinderwerk/import`, in Dutch and English; pass it to core's
 * `formatIssue(issue, { messages: importMessages })`.
 *
 * @example
 * formatIssue(issue("csv.unterminated-quote", [], { row: 4, line: 5 }), { messages: importMessages });
 * // => "Een aanhalingsteken wordt niet gesloten (rij 4, regel 5). Controleer de aanhalingstekens in dit veld."
 */
export const importMessages: MessageTable = {
  ...readMessages,
  // header, cells, dataset checks, mappings and pseudonyms
  ...recordMessages,
};

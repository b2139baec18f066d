// The message tables of core, assembled from the tables that live beside each concept, and
// formatIssue, which looks an issue up in them. Nothing in core below this module imports it.
import { activityMessages } from "../activity/messages.js";
import { ageMessages } from "../age/messages.js";
import { ageBandsMessages } from "../ageBands/messages.js";
import { calendarDateMessages } from "../calendarDate/messages.js";
import { calendarPeriodMessages } from "../calendarPeriod/messages.js";
import { catalogueMessages } from "../catalogue/messages.js";
import { valueMessages } from "../fields/messages.js";
import { holidaysMessages } from "../holidays/messages.js";
import { idMessages } from "../id/messages.js";
import type { CoreIssueCode } from "../issues/codes.js";
import { formatIn, type FormatIssueOptions } from "../issues/format.js";
import type { Issue } from "../issues/issue.js";
import type { MessageTable, MessagesFor } from "../issues/messageTable.js";
import { meldcodeMessages } from "../meldcode/messages.js";
import { piiScanMessages } from "../piiScan/messages.js";
import { referralMessages } from "../referral/messages.js";
import { referralWorkflowMessages } from "../referralWorkflow/messages.js";
import { schoolYearMessages } from "../schoolYear/messages.js";
import { tableMessages } from "../tables/messages.js";
import { workflowEventMessages } from "./workflows.js";

/** Messages for the dates, school years, periods, holidays, ages and age bands issue codes. */
export const datesMessages: MessageTable = {
  ...calendarDateMessages,
  ...schoolYearMessages,
  ...calendarPeriodMessages,
  ...holidaysMessages,
  ...ageMessages,
  ...ageBandsMessages,
};

/** Every message of `@kinderwerk/core`, in Dutch and English, by issue code. */
export const coreMessages: MessageTable = {
  ...valueMessages,
  ...idMessages,
  ...tableMessages,
  ...activityMessages,
  ...catalogueMessages,
  ...calendarDateMessages,
  ...schoolYearMessages,
  ...calendarPeriodMessages,
  ...holidaysMessages,
  ...ageMessages,
  ...ageBandsMessages,
  ...piiScanMessages,
  ...workflowEventMessages,
  ...meldcodeMessages,
  ...referralMessages,
  ...referralWorkflowMessages,
} satisfies MessagesFor<CoreIssueCode>;

/**
 * The message for an issue, in the coordinator's language.
 *
 * Looks the code up in the given tables first, then in the core table; an unknown code gets a
 * generic sentence that names the code, never the offending value.
 *
 * @param issue - the issue to explain
 * @param options - the language (an unknown language falls back to `nl`) and extra message tables
 * @returns one sentence
 * @example
 * formatIssue(issue("child.childId.bsn", ["childId"]));
 * // => "Kind-ID lijkt op een BSN. Een welzijnsorganisatie mag geen BSN verwerken: gebruik een pseudoniem."
 */
export function formatIssue(issue: Issue, options: FormatIssueOptions = {}): string {
  return formatIn(issue, options, [coreMessages]);
}

import { label, labels } from "../_lib/messageText.js";
import type { CoreIssueCode } from "../issues/codes.js";
import type { Labels } from "../labels/index.js";
import type { MessagesFor } from "../issues/messageTable.js";
import { meldcodeEventLabels, meldcodeStatusLabels } from "../meldcode/index.js";
import { referralEventLabels, referralStatusLabels } from "../referralWorkflow/index.js";
import { StaffRoleVocabulary } from "../staffRole/index.js";

// The event messages are shared by both workflows, so they live above both.
const STATES: Readonly<Record<string, Readonly<Record<string, Labels>>>> = { meldcode: meldcodeStatusLabels, referral: referralStatusLabels };
const EVENTS: Readonly<Record<string, Readonly<Record<string, Labels>>>> = { meldcode: meldcodeEventLabels, referral: referralEventLabels };
const ROLES: Readonly<Record<string, Labels>> = StaffRoleVocabulary.labels;

/** Messages for an event a workflow (meldcode, referral) refuses: not possible in this state, out of order, not for this role. */
export const workflowEventMessages = {
  "workflow.event.not-allowed": {
    nl: (p) => {
      const w = String(p["workflow"]);
      return `Stap "${label(EVENTS[w], p["event"], "nl")}" kan niet in de stand "${label(STATES[w], p["state"], "nl")}". Mogelijk: ${labels(EVENTS[w], p["allowed"], "nl")}.`;
    },
    en: (p) => {
      const w = String(p["workflow"]);
      return `"${label(EVENTS[w], p["event"], "en")}" is not possible in the state "${label(STATES[w], p["state"], "en")}". Possible: ${labels(EVENTS[w], p["allowed"], "en")}.`;
    },
  },
  "workflow.event.out-of-order": {
    nl: (p) => `Deze stap is gedateerd op ${String(p["at"])}, voor de vorige stap (${String(p["previous"])}). Leg stappen vast in de volgorde waarin ze gebeurden.`,
    en: (p) => `This step is dated ${String(p["at"])}, before the previous step (${String(p["previous"])}). Record steps in the order they happened.`,
  },
  "workflow.event.role-not-allowed": {
    nl: (p) => `Een ${label(ROLES, p["role"], "nl").toLowerCase()} mag deze stap niet zetten. Dat mag: ${labels(ROLES, p["allowed"], "nl").toLowerCase()}.`,
    en: (p) => `${label(ROLES, p["role"], "en")}s may not take this step. Who may: ${labels(ROLES, p["allowed"], "en").toLowerCase()}.`,
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `workflow.${string}`>>;

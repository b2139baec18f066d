import * as z from "zod";
import { match } from "ts-pattern";
import { dayOf, eventBase, checkEvent, notAllowed, replayEvents } from "../_lib/workflow.js";
import type { CalendarDate } from "../calendarDate/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import type { Labels } from "../labels/index.js";
import type { StaffRole } from "../staffRole/index.js";
import type { AfwegingskaderAnswers, AfwegingskaderOutcome } from "./afwegingskader.js";
import { AfwegingskaderAnswers as AnswersSchema, decideAfwegingskader } from "./afwegingskader.js";

export * from "./afwegingskader.js";

/** The states of a meldcode trajectory, in the order of the five steps. */
export const MELDCODE_STATUSES = [
  "new",
  "signals-mapped",
  "colleague-consulted",
  "conversation-recorded",
  "help-offered",
  "reported",
  "closed",
] as const;
/** A state of a meldcode trajectory. */
export type MeldcodeStatus = (typeof MELDCODE_STATUSES)[number];

/** The events of a meldcode trajectory. */
export const MELDCODE_EVENT_TYPES = [
  "signals-mapped",
  "colleague-consulted",
  "veilig-thuis-consulted",
  "conversation-held",
  "conversation-skipped",
  "weighed",
  "help-evaluated",
] as const;
/** An event type of a meldcode trajectory. */
export type MeldcodeEventType = (typeof MELDCODE_EVENT_TYPES)[number];

/** Why the conversation with the child and/or parents was skipped (step 3 of the meldcode). */
export const CONVERSATION_SKIP_REASONS = ["safety-of-child", "safety-of-others", "contact-would-break"] as const;
/** A reason to skip the conversation. */
export type ConversationSkipReason = (typeof CONVERSATION_SKIP_REASONS)[number];

/** Labels of the states, in Dutch and English. */
export const meldcodeStatusLabels: Readonly<Record<MeldcodeStatus, Labels>> = {
  new: { nl: "Nieuw", en: "New" },
  "signals-mapped": { nl: "Signalen in kaart gebracht", en: "Signals mapped" },
  "colleague-consulted": { nl: "Collegiaal overleg gevoerd", en: "Colleague consulted" },
  "conversation-recorded": { nl: "Gesprek gevoerd of overgeslagen", en: "Conversation held or skipped" },
  "help-offered": { nl: "Hulp geboden, wordt gevolgd", en: "Help offered, being followed" },
  reported: { nl: "Gemeld bij Veilig Thuis", en: "Reported to Veilig Thuis" },
  closed: { nl: "Afgesloten", en: "Closed" },
};

/** Labels of the events, in Dutch and English. */
export const meldcodeEventLabels: Readonly<Record<MeldcodeEventType, Labels>> = {
  "signals-mapped": { nl: "Signalen in kaart brengen", en: "Map signals" },
  "colleague-consulted": { nl: "Collega raadplegen", en: "Consult a colleague" },
  "veilig-thuis-consulted": { nl: "Advies vragen aan Veilig Thuis", en: "Ask Veilig Thuis for advice" },
  "conversation-held": { nl: "Gesprek voeren met kind en/of ouders", en: "Talk with the child and/or parents" },
  "conversation-skipped": { nl: "Gesprek overslaan (met reden)", en: "Skip the conversation (with a reason)" },
  weighed: { nl: "Wegen met het afwegingskader", en: "Weigh with the afwegingskader" },
  "help-evaluated": { nl: "Hulp evalueren (vraag 5)", en: "Evaluate the help (question 5)" },
};

/** Labels of the reasons to skip the conversation, in Dutch and English. */
export const conversationSkipReasonLabels: Readonly<Record<ConversationSkipReason, Labels>> = {
  "safety-of-child": { nl: "De veiligheid van het kind komt in gevaar", en: "The child's safety would be at risk" },
  "safety-of-others": { nl: "De veiligheid van anderen (ook de beroepskracht) komt in gevaar", en: "The safety of others (the professional too) would be at risk" },
  "contact-would-break": { nl: "Goede redenen om aan te nemen dat het contact wordt verbroken", en: "Good reason to believe contact would be broken off" },
};

/**
 * The zod schema of a meldcode event. Every event says who (a role, never a name) and when (`at`: a
 * `YYYY-MM-DD` date or an ISO timestamp with offset). The list of events is the audit trail.
 */
export const MeldcodeEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("signals-mapped"), ...eventBase, childId: ChildId, signalIds: z.array(RecordId).min(1).max(100) }),
  z.object({ type: z.literal("colleague-consulted"), ...eventBase, with: z.enum(["colleague", "aandachtsfunctionaris"]).default("colleague") }),
  z.object({ type: z.literal("veilig-thuis-consulted"), ...eventBase, anonymous: z.boolean() }),
  z.object({ type: z.literal("conversation-held"), ...eventBase, with: z.array(z.enum(["child", "parents"])).min(1).max(2) }),
  z.object({ type: z.literal("conversation-skipped"), ...eventBase, reason: z.enum(CONVERSATION_SKIP_REASONS) }),
  z.object({ type: z.literal("weighed"), ...eventBase, answers: AnswersSchema }),
  z.object({ type: z.literal("help-evaluated"), ...eventBase, helpReachesSafety: z.boolean() }),
]);
/** A meldcode event. */
export type MeldcodeEvent = z.infer<typeof MeldcodeEvent>;
/** What {@link MeldcodeEvent} accepts (defaults not yet filled in). */
export type MeldcodeEventInput = z.input<typeof MeldcodeEvent>;

/** How the conversation step went: held with the child and/or parents, or skipped for a recorded reason. */
export type MeldcodeConversation =
  | { readonly held: true; readonly with: readonly ("child" | "parents")[]; readonly on: CalendarDate }
  | { readonly held: false; readonly reason: ConversationSkipReason; readonly on: CalendarDate };

/** What every started trajectory records. */
export interface MeldcodeRecord {
  readonly childId: string;
  readonly signalIds: readonly string[];
  readonly startedOn: CalendarDate;
  readonly updatedOn: CalendarDate;
  readonly veiligThuisConsultations: readonly { readonly on: CalendarDate; readonly anonymous: boolean }[];
}
/** What a trajectory records once a colleague (or the aandachtsfunctionaris) was consulted. */
export interface MeldcodeConsulted extends MeldcodeRecord {
  readonly consulted: { readonly on: CalendarDate; readonly with: "colleague" | "aandachtsfunctionaris" };
}
/** What a trajectory records once the conversation was held or skipped. */
export interface MeldcodeTalked extends MeldcodeConsulted {
  readonly conversation: MeldcodeConversation;
}
/** What a trajectory records once it was weighed with the afwegingskader. */
export interface MeldcodeWeighed extends MeldcodeTalked {
  readonly answers: AfwegingskaderAnswers;
  readonly outcome: AfwegingskaderOutcome;
  readonly decidedOn: CalendarDate;
}

/** The state of a meldcode trajectory: one of {@link MELDCODE_STATUSES} with what it has recorded so far. */
export type MeldcodeState =
  | { readonly status: "new"; readonly updatedOn?: undefined }
  | (MeldcodeRecord & { readonly status: "signals-mapped" })
  | (MeldcodeConsulted & { readonly status: "colleague-consulted" })
  | (MeldcodeTalked & { readonly status: "conversation-recorded" })
  | (MeldcodeWeighed & { readonly status: "help-offered" })
  | (MeldcodeWeighed & { readonly status: "reported" | "closed" });

/** The state before any event. */
export const initialMeldcodeState: MeldcodeState = Object.freeze({ status: "new" });

/** Options for the meldcode reducer. */
export interface MeldcodeOptions {
  /** The roles that may weigh and decide (default: `["professional"]`); an organisation defines its volunteers' role. */
  readonly decisionRoles?: readonly StaffRole[];
}

/**
 * The events a state allows.
 *
 * @param state - the current state
 * @returns the event types that {@link applyMeldcode} accepts in this state
 * @example
 * allowedMeldcodeEvents(initialMeldcodeState); // => ["signals-mapped"]
 */
export function allowedMeldcodeEvents(state: MeldcodeState): readonly MeldcodeEventType[] {
  return match(state.status)
    .with("new", () => ["signals-mapped"] as const)
    .with("signals-mapped", () => ["signals-mapped", "colleague-consulted"] as const)
    .with("colleague-consulted", () => ["signals-mapped", "veilig-thuis-consulted", "conversation-held", "conversation-skipped"] as const)
    .with("conversation-recorded", () => ["signals-mapped", "veilig-thuis-consulted", "weighed"] as const)
    .with("help-offered", () => ["help-evaluated"] as const)
    .with("reported", "closed", () => [] as const)
    .exhaustive();
}

/**
 * Apply one event to a meldcode trajectory: the next state, or the issues that reject the event.
 *
 * - `workflow.event.not-allowed` (`{ workflow, state, event, allowed }`) when the state does not allow it;
 * - `workflow.event.out-of-order` when it is dated before the previous event;
 * - `workflow.event.role-not-allowed` when someone other than a decision role weighs or evaluates;
 * - `meldcode.child.mismatch` when added signals are about another child;
 * - `meldcode.answer.missing` / `meldcode.answer.too-early` for incomplete afwegingskader answers;
 * - the usual value issues when the event is malformed.
 *
 * Weighing (`weighed`, questions 1–4) decides: close, report, or help (`help-offered`). Question 5 is
 * answered later with `help-evaluated`: no gives a (re)report, yes closes with follow-up agreements.
 *
 * @param state - the current state
 * @param event - the event (checked at run time too)
 * @param options - the roles that may decide
 * @returns the next state, or the issues that reject the event
 * @example
 * const s = applyMeldcode(initialMeldcodeState, { type: "signals-mapped", by: "volunteer", at: "2025-10-01", childId: "kw-0101", signalIds: ["s-1"] });
 * // => { ok: true, value: { status: "signals-mapped", childId: "kw-0101", … } }
 * applyMeldcode(initialMeldcodeState, { type: "weighed", by: "professional", at: "2025-10-01", answers: { suspicion: false } });
 * // => { ok: false, issues: [{ code: "workflow.event.not-allowed", params: { workflow: "meldcode", state: "new", event: "weighed", allowed: ["signals-mapped"] }, … }] }
 */
export function applyMeldcode(state: MeldcodeState, event: MeldcodeEventInput, options: MeldcodeOptions = {}): Result<MeldcodeState> {
  const checked = checkEvent(MeldcodeEvent, event, state);
  if (!checked.ok) return checked;
  const e = checked.value;
  const allowed = allowedMeldcodeEvents(state);
  if (!(allowed as readonly string[]).includes(e.type)) return fail([notAllowed("meldcode", state.status, e.type, allowed)]);
  const on = dayOf(e.at);
  const decisionRoles = options.decisionRoles ?? ["professional"];
  if ((e.type === "weighed" || e.type === "help-evaluated") && !decisionRoles.includes(e.by)) {
    return fail([issue("workflow.event.role-not-allowed", ["by"], { event: e.type, role: e.by, allowed: [...decisionRoles] })]);
  }

  return match(state)
    .with({ status: "new" }, () =>
      match(e)
        .with({ type: "signals-mapped" }, (ev) =>
          ok<MeldcodeState>({ status: "signals-mapped", childId: ev.childId, signalIds: unique(ev.signalIds), startedOn: on, updatedOn: on, veiligThuisConsultations: [] }),
        )
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "signals-mapped" }, (s) =>
      match(e)
        .with({ type: "signals-mapped" }, (ev) => addSignals(s, ev.childId, ev.signalIds, on))
        .with({ type: "colleague-consulted" }, (ev) => ok<MeldcodeState>({ ...s, status: "colleague-consulted", consulted: { on, with: ev.with }, updatedOn: on }))
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "colleague-consulted" }, (s) =>
      match(e)
        .with({ type: "signals-mapped" }, (ev) => addSignals(s, ev.childId, ev.signalIds, on))
        .with({ type: "veilig-thuis-consulted" }, (ev) => ok<MeldcodeState>(consultVt(s, ev.anonymous, on)))
        .with({ type: "conversation-held" }, (ev) =>
          ok<MeldcodeState>({ ...s, status: "conversation-recorded", conversation: { held: true, with: unique(ev.with), on }, updatedOn: on }),
        )
        .with({ type: "conversation-skipped" }, (ev) =>
          ok<MeldcodeState>({ ...s, status: "conversation-recorded", conversation: { held: false, reason: ev.reason, on }, updatedOn: on }),
        )
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "conversation-recorded" }, (s) =>
      match(e)
        .with({ type: "signals-mapped" }, (ev) => addSignals(s, ev.childId, ev.signalIds, on))
        .with({ type: "veilig-thuis-consulted" }, (ev) => ok<MeldcodeState>(consultVt(s, ev.anonymous, on)))
        .with({ type: "weighed" }, (ev) => {
          if (ev.answers.helpReachesSafety !== undefined) return fail<MeldcodeState>([issue("meldcode.answer.too-early", ["answers", "helpReachesSafety"], { question: 5 })]);
          const decided = decideAfwegingskader(ev.answers);
          if (!decided.ok) return fail<MeldcodeState>(decided.issues.map((i) => issue(i.code, ["answers", ...i.path], i.params)));
          const status = match(decided.value.decision)
            .with("report", () => "reported" as const)
            .with("help", () => "help-offered" as const)
            .with("close", () => "closed" as const)
            .exhaustive();
          return ok<MeldcodeState>({ ...s, status, answers: ev.answers, outcome: decided.value, decidedOn: on, updatedOn: on });
        })
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "help-offered" }, (s) =>
      match(e)
        .with({ type: "help-evaluated" }, (ev) => {
          const answers = { ...s.answers, helpReachesSafety: ev.helpReachesSafety };
          const decided = decideAfwegingskader(answers);
          if (!decided.ok) return fail<MeldcodeState>(decided.issues);
          const status = decided.value.decision === "report" ? ("reported" as const) : ("closed" as const);
          return ok<MeldcodeState>({ ...s, status, answers, outcome: decided.value, decidedOn: on, updatedOn: on });
        })
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "reported" }, { status: "closed" }, () => rejected(state, e.type))
    .exhaustive();
}

/**
 * Replay a trajectory's events from the start. Replaying the audit trail gives the same state as
 * applying the events one by one.
 *
 * @param events - the events, in the order they were recorded
 * @param options - the roles that may decide
 * @returns the state, or the issues of the first rejected event (its index first in the path)
 * @example
 * replayMeldcode([
 *   { type: "signals-mapped", by: "volunteer", at: "2025-10-01", childId: "kw-0101", signalIds: ["s-1"] },
 *   { type: "colleague-consulted", by: "volunteer", at: "2025-10-02" },
 * ]);
 * // => { ok: true, value: { status: "colleague-consulted", … } }
 */
export function replayMeldcode(events: readonly MeldcodeEventInput[], options: MeldcodeOptions = {}): Result<MeldcodeState> {
  return replayEvents(initialMeldcodeState, events, (s, e) => applyMeldcode(s, e, options));
}

function rejected(state: MeldcodeState, event: string): Result<MeldcodeState> {
  return fail([notAllowed("meldcode", state.status, event, allowedMeldcodeEvents(state))]);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function addSignals<S extends MeldcodeState & MeldcodeRecord>(s: S, childId: string, signalIds: readonly string[], on: CalendarDate): Result<MeldcodeState> {
  if (childId !== s.childId) return fail([issue("meldcode.child.mismatch", ["childId"])]);
  return ok({ ...s, signalIds: unique([...s.signalIds, ...signalIds]), updatedOn: on });
}

function consultVt<S extends MeldcodeState & MeldcodeRecord>(s: S, anonymous: boolean, on: CalendarDate): S {
  return { ...s, veiligThuisConsultations: [...s.veiligThuisConsultations, { on, anonymous }], updatedOn: on };
}

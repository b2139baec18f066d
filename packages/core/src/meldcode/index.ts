import * as z from "zod";
import { match } from "ts-pattern";
import { dayOf, eventBase, checkEvent, notAllowed, replayEvents } from "../_lib/workflow.js";
import type { CalendarDate } from "../calendarDate/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";
import type { Labels } from "../labels/index.js";
import { defineVocabulary } from "../vocabulary/index.js";
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

/** The events of a meldcode trajectory. `acute-report` is the fast path for acute or structural unsafety. */
export const MELDCODE_EVENT_TYPES = [
  "signals-mapped",
  "colleague-consulted",
  "veilig-thuis-consulted",
  "conversation-held",
  "conversation-skipped",
  "weighed",
  "help-evaluated",
  "acute-report",
] as const;
/** An event type of a meldcode trajectory. */
export type MeldcodeEventType = (typeof MELDCODE_EVENT_TYPES)[number];

/** Why the conversation with the child and/or parents was skipped (step 3 of the meldcode). */
export const CONVERSATION_SKIP_REASONS = ["safety-of-child", "safety-of-others", "contact-would-break"] as const;
/**
 * Reasons to skip the conversation: codes, zod enum and labels.
 *
 * @example
 * ConversationSkipReasonVocabulary.labels["safety-of-child"].en; // => "The child's safety would be at risk"
 */
export const ConversationSkipReasonVocabulary = defineVocabulary(CONVERSATION_SKIP_REASONS, {
  "safety-of-child": { nl: "De veiligheid van het kind komt in gevaar", en: "The child's safety would be at risk" },
  "safety-of-others": { nl: "De veiligheid van anderen (ook de beroepskracht) komt in gevaar", en: "The safety of others (the professional too) would be at risk" },
  "contact-would-break": { nl: "Goede redenen om aan te nemen dat het contact wordt verbroken", en: "Good reason to believe contact would be broken off" },
});
/** A reason to skip the conversation. */
export type ConversationSkipReason = (typeof CONVERSATION_SKIP_REASONS)[number];

/** Whom step 2 consulted: a colleague or the aandachtsfunctionaris (the in-house expert). */
export const MELDCODE_CONSULTEES = ["colleague", "aandachtsfunctionaris"] as const;
/**
 * Whom step 2 consulted: codes, zod enum and labels.
 *
 * @example
 * MeldcodeConsulteeVocabulary.labels.colleague.nl; // => "Collega"
 */
export const MeldcodeConsulteeVocabulary = defineVocabulary(MELDCODE_CONSULTEES, {
  colleague: { nl: "Collega", en: "Colleague" },
  aandachtsfunctionaris: { nl: "Aandachtsfunctionaris", en: "Aandachtsfunctionaris (in-house expert)" },
});
/** Whom step 2 consulted. */
export type MeldcodeConsultee = (typeof MELDCODE_CONSULTEES)[number];

/** With whom the conversation of step 3 was held: the child and/or the parents. */
export const CONVERSATION_PARTNERS = ["child", "parents"] as const;
/**
 * Conversation partners: codes, zod enum and labels.
 *
 * @example
 * ConversationPartnerVocabulary.labels.parents.nl; // => "Ouders"
 */
export const ConversationPartnerVocabulary = defineVocabulary(CONVERSATION_PARTNERS, {
  child: { nl: "Kind", en: "Child" },
  parents: { nl: "Ouders", en: "Parents" },
});
/** A conversation partner. */
export type ConversationPartner = (typeof CONVERSATION_PARTNERS)[number];

/**
 * The kinds of unsafety that justify the fast path to Veilig Thuis: acute (direct physical danger,
 * safety in the coming hours or days not guaranteed) or structural (repeated or ongoing threat).
 */
export const UNSAFETY_KINDS = ["acute", "structural"] as const;
/**
 * Kinds of unsafety: codes, zod enum and labels.
 *
 * @example
 * UnsafetyKindVocabulary.labels.acute.nl; // => "Acute onveiligheid (direct fysiek gevaar)"
 */
export const UnsafetyKindVocabulary = defineVocabulary(UNSAFETY_KINDS, {
  acute: { nl: "Acute onveiligheid (direct fysiek gevaar)", en: "Acute unsafety (direct physical danger)" },
  structural: { nl: "Structurele onveiligheid (herhaalde of voortdurende dreiging)", en: "Structural unsafety (repeated or ongoing threat)" },
});
/** A kind of unsafety: `acute` or `structural`. */
export type UnsafetyKind = (typeof UNSAFETY_KINDS)[number];

/** The steps an acute report can skip: colleague consultation (2), the conversation (3) and weighing (4). */
export const MELDCODE_SKIPPABLE_STEPS = ["colleague-consultation", "conversation", "weighing"] as const;
/**
 * Steps an acute report can skip: codes, zod enum and labels.
 *
 * @example
 * MeldcodeStepVocabulary.labels.conversation.nl; // => "Stap 3: gesprek met kind en/of ouders"
 */
export const MeldcodeStepVocabulary = defineVocabulary(MELDCODE_SKIPPABLE_STEPS, {
  "colleague-consultation": { nl: "Stap 2: collegiaal overleg", en: "Step 2: consult a colleague" },
  conversation: { nl: "Stap 3: gesprek met kind en/of ouders", en: "Step 3: talk with the child and/or parents" },
  weighing: { nl: "Stap 4: wegen met het afwegingskader", en: "Step 4: weigh with the afwegingskader" },
});
/** A step an acute report can skip. */
export type MeldcodeSkippableStep = (typeof MELDCODE_SKIPPABLE_STEPS)[number];

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
  "acute-report": { nl: "Direct melden bij Veilig Thuis (acute of structurele onveiligheid)", en: "Report to Veilig Thuis at once (acute or structural unsafety)" },
};

/** Labels of the reasons to skip the conversation, in Dutch and English (the labels of {@link ConversationSkipReasonVocabulary}). */
export const conversationSkipReasonLabels: Readonly<Record<ConversationSkipReason, Labels>> = ConversationSkipReasonVocabulary.labels;

/**
 * The zod schema of a meldcode event. Every event says who (a role, never a name) and when (`at`: a
 * `YYYY-MM-DD` date, or an ISO timestamp in local time with its offset; the day is the date part as
 * written). The list of events is the audit trail.
 */
export const MeldcodeEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("signals-mapped"), ...eventBase, childId: ChildId, signalIds: z.array(RecordId).min(1).max(100) }),
  z.object({ type: z.literal("colleague-consulted"), ...eventBase, with: MeldcodeConsulteeVocabulary.schema.default("colleague") }),
  z.object({ type: z.literal("veilig-thuis-consulted"), ...eventBase, anonymous: z.boolean() }),
  z.object({ type: z.literal("conversation-held"), ...eventBase, with: z.array(ConversationPartnerVocabulary.schema).min(1).max(2) }),
  z.object({ type: z.literal("conversation-skipped"), ...eventBase, reason: ConversationSkipReasonVocabulary.schema }),
  z.object({ type: z.literal("weighed"), ...eventBase, answers: AnswersSchema }),
  z.object({ type: z.literal("help-evaluated"), ...eventBase, helpReachesSafety: z.boolean() }),
  z.object({
    type: z.literal("acute-report"),
    ...eventBase,
    unsafety: UnsafetyKindVocabulary.schema,
    /** Required when the trajectory starts with the acute report; otherwise it must be the trajectory's child. */
    childId: ChildId.optional(),
    /** Required when the trajectory starts with the acute report; otherwise added to its signals. */
    signalIds: z.array(RecordId).min(1).max(100).optional(),
  }),
]);
/** A meldcode event. */
export type MeldcodeEvent = z.infer<typeof MeldcodeEvent>;
/** What {@link MeldcodeEvent} accepts (defaults not yet filled in). */
export type MeldcodeEventInput = z.input<typeof MeldcodeEvent>;

/** How the conversation step went: held with the child and/or parents, or skipped for a recorded reason. */
export type MeldcodeConversation =
  | { readonly held: true; readonly with: readonly ConversationPartner[]; readonly on: CalendarDate }
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
  readonly consulted: { readonly on: CalendarDate; readonly with: MeldcodeConsultee };
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

/**
 * The fast-path report: when, for which kind of unsafety, from which state, and which steps of the
 * meldcode it skipped (none when it came after help was offered: a re-report).
 */
export interface MeldcodeAcuteReport {
  readonly on: CalendarDate;
  readonly unsafety: UnsafetyKind;
  readonly from: Exclude<MeldcodeStatus, "reported" | "closed">;
  readonly skippedSteps: readonly MeldcodeSkippableStep[];
}
/**
 * What a trajectory records when it was reported through the fast path (`acute-report`): the steps
 * done so far (consultation and conversation may be missing), the afwegingskader answers as q1 yes,
 * q2 yes, and the acute report with the steps it skipped.
 */
export interface MeldcodeReportedAcutely extends MeldcodeRecord {
  readonly consulted?: MeldcodeConsulted["consulted"];
  readonly conversation?: MeldcodeConversation;
  readonly answers: AfwegingskaderAnswers;
  readonly outcome: AfwegingskaderOutcome;
  readonly decidedOn: CalendarDate;
  readonly acuteReport: MeldcodeAcuteReport;
}

/** The state of a meldcode trajectory: one of {@link MELDCODE_STATUSES} with what it has recorded so far. */
export type MeldcodeState =
  | { readonly status: "new"; readonly updatedOn?: undefined }
  | (MeldcodeRecord & { readonly status: "signals-mapped" })
  | (MeldcodeConsulted & { readonly status: "colleague-consulted" })
  | (MeldcodeTalked & { readonly status: "conversation-recorded" })
  | (MeldcodeWeighed & { readonly status: "help-offered" })
  | (MeldcodeWeighed & { readonly status: "reported"; readonly acuteReport?: undefined })
  | (MeldcodeReportedAcutely & { readonly status: "reported" })
  | (MeldcodeWeighed & { readonly status: "closed" });

/** The state before any event. */
export const initialMeldcodeState: MeldcodeState = Object.freeze({ status: "new" });

/** Options for the meldcode reducer. */
export interface MeldcodeOptions {
  /** The roles that may weigh, evaluate and report acutely (default: `["professional"]`); an organisation defines its volunteers' role. */
  readonly decisionRoles?: readonly StaffRole[];
}

type StateOf<S extends MeldcodeStatus> = Extract<MeldcodeState, { readonly status: S }>;
type EventOf<T extends MeldcodeEventType> = Extract<MeldcodeEvent, { readonly type: T }>;
type Handler<S extends MeldcodeStatus, T extends MeldcodeEventType> = (state: StateOf<S>, event: EventOf<T>, on: CalendarDate) => Result<MeldcodeState>;
type TransitionTable = { readonly [S in MeldcodeStatus]: { readonly [T in MeldcodeEventType]?: Handler<S, T> } };
type OpenState = Exclude<MeldcodeState, { readonly status: "new" | "reported" | "closed" }>;

/**
 * The one transition table of the meldcode: per state, the events it allows and what they do.
 * {@link allowedMeldcodeEvents} and {@link applyMeldcode} both read it, so they cannot disagree.
 */
const TRANSITIONS: TransitionTable = {
  new: {
    "signals-mapped": (_, ev, on) =>
      ok({ status: "signals-mapped", childId: ev.childId, signalIds: unique(ev.signalIds), startedOn: on, updatedOn: on, veiligThuisConsultations: [] }),
    "acute-report": (_, ev, on) => {
      const missing = [
        ...(ev.childId === undefined ? [coreIssue("value.required", ["childId"])] : []),
        ...(ev.signalIds === undefined ? [coreIssue("value.required", ["signalIds"])] : []),
      ];
      if (ev.childId === undefined || ev.signalIds === undefined) return fail(missing);
      const started = { childId: ev.childId, signalIds: unique(ev.signalIds), startedOn: on, updatedOn: on, veiligThuisConsultations: [] };
      return ok(acuteReported(started, "new", ev.unsafety, on));
    },
  },
  "signals-mapped": {
    "signals-mapped": (s, ev, on) => addSignals(s, ev.childId, ev.signalIds, on),
    "colleague-consulted": (s, ev, on) => ok({ ...s, status: "colleague-consulted", consulted: { on, with: ev.with }, updatedOn: on }),
    "acute-report": (s, ev, on) => acuteFrom(s, ev, on),
  },
  "colleague-consulted": {
    "signals-mapped": (s, ev, on) => addSignals(s, ev.childId, ev.signalIds, on),
    "veilig-thuis-consulted": (s, ev, on) => ok(consultVt(s, ev.anonymous, on)),
    "conversation-held": (s, ev, on) => ok({ ...s, status: "conversation-recorded", conversation: { held: true, with: unique(ev.with), on }, updatedOn: on }),
    "conversation-skipped": (s, ev, on) => ok({ ...s, status: "conversation-recorded", conversation: { held: false, reason: ev.reason, on }, updatedOn: on }),
    "acute-report": (s, ev, on) => acuteFrom(s, ev, on),
  },
  "conversation-recorded": {
    "signals-mapped": (s, ev, on) => addSignals(s, ev.childId, ev.signalIds, on),
    "veilig-thuis-consulted": (s, ev, on) => ok(consultVt(s, ev.anonymous, on)),
    weighed: (s, ev, on) => {
      if (ev.answers.helpReachesSafety !== undefined) return fail([coreIssue("meldcode.answer.too-early", ["answers", "helpReachesSafety"], { question: 5 })]);
      const decided = decideAfwegingskader(ev.answers);
      if (!decided.ok) return fail(decided.issues.map((i) => issue(i.code, ["answers", ...i.path], i.params)));
      const weighed = { ...s, answers: ev.answers, outcome: decided.value, decidedOn: on, updatedOn: on };
      return ok(
        match(decided.value.decision)
          .with("report", (): MeldcodeState => ({ ...weighed, status: "reported" }))
          .with("help", (): MeldcodeState => ({ ...weighed, status: "help-offered" }))
          .with("close", (): MeldcodeState => ({ ...weighed, status: "closed" }))
          .exhaustive(),
      );
    },
    "acute-report": (s, ev, on) => acuteFrom(s, ev, on),
  },
  "help-offered": {
    "help-evaluated": (s, ev, on) => {
      const answers = { ...s.answers, helpReachesSafety: ev.helpReachesSafety };
      const decided = decideAfwegingskader(answers);
      if (!decided.ok) return fail(decided.issues);
      const evaluated = { ...s, answers, outcome: decided.value, decidedOn: on, updatedOn: on };
      return ok(decided.value.decision === "report" ? { ...evaluated, status: "reported" } : { ...evaluated, status: "closed" });
    },
    "acute-report": (s, ev, on) => acuteFrom(s, ev, on),
  },
  reported: {},
  closed: {},
};

/** The roles-checked events: they decide. */
const DECISIONS: readonly MeldcodeEventType[] = ["weighed", "help-evaluated", "acute-report"];

/**
 * The events a state allows, in the order of {@link MELDCODE_EVENT_TYPES}, read from the same
 * transition table that {@link applyMeldcode} uses.
 *
 * @param state - the current state
 * @returns the event types that {@link applyMeldcode} accepts in this state
 * @example
 * allowedMeldcodeEvents(initialMeldcodeState); // => ["signals-mapped", "acute-report"]
 */
export function allowedMeldcodeEvents(state: MeldcodeState): readonly MeldcodeEventType[] {
  const row: Readonly<Partial<Record<MeldcodeEventType, unknown>>> = match(state.status)
    .with("new", (st) => TRANSITIONS[st])
    .with("signals-mapped", (st) => TRANSITIONS[st])
    .with("colleague-consulted", (st) => TRANSITIONS[st])
    .with("conversation-recorded", (st) => TRANSITIONS[st])
    .with("help-offered", (st) => TRANSITIONS[st])
    .with("reported", "closed", (st) => TRANSITIONS[st])
    .exhaustive();
  return MELDCODE_EVENT_TYPES.filter((t) => row[t] !== undefined);
}

/**
 * Apply one event to a meldcode trajectory: the next state, or the issues that reject the event.
 *
 * - `workflow.event.not-allowed` (`{ workflow, state, event, allowed }`) when the state does not allow it;
 * - `workflow.event.out-of-order` when it is dated before the previous event;
 * - `workflow.event.role-not-allowed` when someone other than a decision role weighs, evaluates or reports acutely;
 * - `meldcode.child.mismatch` when added signals are about another child;
 * - `meldcode.answer.missing` / `meldcode.answer.too-early` for incomplete afwegingskader answers;
 * - `value.not-allowed` on `type` (with the `allowed` types) for an unknown event type, and the
 *   usual value issues when the event is malformed.
 *
 * Weighing (`weighed`, questions 1–4) decides: close, report, or help (`help-offered`). Question 5 is
 * answered later with `help-evaluated`: no gives a (re)report, yes closes with follow-up agreements.
 *
 * Acute danger does not wait for the steps: `acute-report` (with `unsafety: "acute" | "structural"`)
 * reports to Veilig Thuis from any open state, also as the first event (then with `childId` and
 * `signalIds`). The state records `acuteReport` with the state it came from and the steps it skipped.
 *
 * @param state - the current state
 * @param event - the event (checked at run time too)
 * @param options - the roles that may decide
 * @returns the next state, or the issues that reject the event
 * @example
 * const s = applyMeldcode(initialMeldcodeState, { type: "signals-mapped", by: "volunteer", at: "2025-10-01", childId: "kw-0101", signalIds: ["s-1"] });
 * // => { ok: true, value: { status: "signals-mapped", childId: "kw-0101", … } }
 * applyMeldcode(initialMeldcodeState, { type: "weighed", by: "professional", at: "2025-10-01", answers: { suspicion: false } });
 * // => { ok: false, issues: [{ code: "workflow.event.not-allowed", params: { workflow: "meldcode", state: "new", event: "weighed", allowed: ["signals-mapped", "acute-report"] }, … }] }
 */
export function applyMeldcode(state: MeldcodeState, event: MeldcodeEventInput, options: MeldcodeOptions = {}): Result<MeldcodeState> {
  const checked = checkEvent(MeldcodeEvent, MELDCODE_EVENT_TYPES, event, state);
  if (!checked.ok) return checked;
  const e = checked.value;
  const allowed = allowedMeldcodeEvents(state);
  if (!allowed.includes(e.type)) return fail([notAllowed("meldcode", state.status, e.type, allowed)]);
  const decisionRoles = options.decisionRoles ?? ["professional"];
  if (DECISIONS.includes(e.type) && !decisionRoles.includes(e.by)) {
    return fail([coreIssue("workflow.event.role-not-allowed", ["by"], { event: e.type, role: e.by, allowed: [...decisionRoles] })]);
  }
  const on = dayOf(e.at);
  const run = <S extends MeldcodeStatus>(row: TransitionTable[S], s: StateOf<S>): Result<MeldcodeState> => {
    const handler = row[e.type] as Handler<S, MeldcodeEventType> | undefined;
    return handler === undefined ? rejected(state, e.type) : handler(s, e as never, on);
  };
  return match(state)
    .with({ status: "new" }, (s) => run(TRANSITIONS.new, s))
    .with({ status: "signals-mapped" }, (s) => run(TRANSITIONS["signals-mapped"], s))
    .with({ status: "colleague-consulted" }, (s) => run(TRANSITIONS["colleague-consulted"], s))
    .with({ status: "conversation-recorded" }, (s) => run(TRANSITIONS["conversation-recorded"], s))
    .with({ status: "help-offered" }, (s) => run(TRANSITIONS["help-offered"], s))
    .with({ status: "reported" }, (s) => run(TRANSITIONS.reported, s))
    .with({ status: "closed" }, (s) => run(TRANSITIONS.closed, s))
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
  if (childId !== s.childId) return fail([coreIssue("meldcode.child.mismatch", ["childId"])]);
  return ok({ ...s, signalIds: unique([...s.signalIds, ...signalIds]), updatedOn: on });
}

/** The fast-path report from an open state: checks the child, adds the signals, records what was skipped. */
function acuteFrom(s: OpenState, ev: EventOf<"acute-report">, on: CalendarDate): Result<MeldcodeState> {
  if (ev.childId !== undefined && ev.childId !== s.childId) return fail([coreIssue("meldcode.child.mismatch", ["childId"])]);
  const withSignals = { ...s, signalIds: unique([...s.signalIds, ...(ev.signalIds ?? [])]) };
  return ok(acuteReported(withSignals, s.status, ev.unsafety, on));
}

function acuteReported(
  s: MeldcodeRecord & { readonly consulted?: MeldcodeConsulted["consulted"]; readonly conversation?: MeldcodeConversation; readonly outcome?: AfwegingskaderOutcome },
  from: MeldcodeAcuteReport["from"],
  unsafety: UnsafetyKind,
  on: CalendarDate,
): MeldcodeState {
  const skippedSteps = MELDCODE_SKIPPABLE_STEPS.filter((step) =>
    match(step)
      .with("colleague-consultation", () => s.consulted === undefined)
      .with("conversation", () => s.conversation === undefined)
      .with("weighing", () => s.outcome === undefined)
      .exhaustive(),
  );
  const answers: AfwegingskaderAnswers = { suspicion: true, acuteOrStructuralUnsafety: true };
  return {
    ...s,
    status: "reported",
    answers,
    outcome: { decision: "report", rule: "q2-acute-or-structural-unsafety", followUpAgreements: false },
    decidedOn: on,
    updatedOn: on,
    acuteReport: { on, unsafety, from, skippedSteps },
  };
}

function consultVt<S extends MeldcodeState & MeldcodeRecord>(s: S, anonymous: boolean, on: CalendarDate): S {
  return { ...s, veiligThuisConsultations: [...s.veiligThuisConsultations, { on, anonymous }], updatedOn: on };
}

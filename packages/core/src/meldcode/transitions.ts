import { match } from "ts-pattern";
import type { CalendarDate } from "../calendarDate/index.js";
import { coreIssue } from "../issues/codes.js";
import type { Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import { decideAfwegingskader, type AfwegingskaderAnswers, type AfwegingskaderOutcome } from "./afwegingskader.js";
import type { MeldcodeAcuteReport, MeldcodeConsulted, MeldcodeConversation, MeldcodeEvent, MeldcodeRecord, MeldcodeState } from "./state.js";
import { MELDCODE_EVENT_TYPES, MELDCODE_SKIPPABLE_STEPS, type MeldcodeEventType, type MeldcodeStatus, type UnsafetyKind } from "./vocabulary.js";

// The meldcode's transitions: per state, the events it allows and what they do.

export type StateOf<S extends MeldcodeStatus> = Extract<MeldcodeState, { readonly status: S }>;
type EventOf<T extends MeldcodeEventType> = Extract<MeldcodeEvent, { readonly type: T }>;
export type Handler<S extends MeldcodeStatus, T extends MeldcodeEventType> = (state: StateOf<S>, event: EventOf<T>, on: CalendarDate) => Result<MeldcodeState>;
export type TransitionTable = { readonly [S in MeldcodeStatus]: { readonly [T in MeldcodeEventType]?: Handler<S, T> } };
type OpenState = Exclude<MeldcodeState, { readonly status: "new" | "reported" | "closed" }>;

/**
 * The one transition table of the meldcode: per state, the events it allows and what they do.
 * {@link allowedMeldcodeEvents} and {@link applyMeldcode} both read it, so they cannot disagree.
 */
export const TRANSITIONS: TransitionTable = {
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

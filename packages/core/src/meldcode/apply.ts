import { match } from "ts-pattern";
import { checkEvent, dayOf, notAllowed, replayEvents } from "../_lib/workflow.js";
import { coreIssue } from "../issues/codes.js";
import type { Result } from "../issues/issue.js";
import { fail } from "../issues/issue.js";
import { MeldcodeEvent, initialMeldcodeState, type MeldcodeEventInput, type MeldcodeOptions, type MeldcodeState } from "./state.js";
import { allowedMeldcodeEvents, TRANSITIONS, type Handler, type StateOf, type TransitionTable } from "./transitions.js";
import { MELDCODE_EVENT_TYPES, type MeldcodeEventType, type MeldcodeStatus } from "./vocabulary.js";

/** The roles-checked events: they decide. */
const DECISIONS: readonly MeldcodeEventType[] = ["weighed", "help-evaluated", "acute-report"];

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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../messages/index.js";
import type { MeldcodeEventInput, MeldcodeState } from "./index.js";
import {
  MELDCODE_EVENT_TYPES,
  MELDCODE_STATUSES,
  allowedMeldcodeEvents,
  applyMeldcode,
  decideAfwegingskader,
  initialMeldcodeState,
  meldcodeEventLabels,
  meldcodeStatusLabels,
  replayMeldcode,
} from "./index.js";

describe("decideAfwegingskader", () => {
  const decide = (answers: Parameters<typeof decideAfwegingskader>[0]) => {
    const r = decideAfwegingskader(answers);
    return r.ok ? [r.value.decision, r.value.rule, r.value.followUpAgreements] : r.issues.map((i) => [i.code, i.params["question"]]);
  };

  it("q1 no: closes and records", () => {
    expect(decide({ suspicion: false })).toEqual(["close", "q1-no-suspicion", false]);
  });
  it("q2 yes: reports, whatever the later answers say", () => {
    expect(decide({ suspicion: true, acuteOrStructuralUnsafety: true })).toEqual(["report", "q2-acute-or-structural-unsafety", false]);
    expect(decide({ suspicion: true, acuteOrStructuralUnsafety: true, canOfferEffectiveHelp: true, helpAccepted: true, helpReachesSafety: true })).toEqual([
      "report",
      "q2-acute-or-structural-unsafety",
      false,
    ]);
  });
  it("q3 no: reports", () => {
    expect(decide({ suspicion: true, acuteOrStructuralUnsafety: false, canOfferEffectiveHelp: false })).toEqual(["report", "q3-no-effective-help", false]);
  });
  it("q4 no: reports; q4 yes: offers help", () => {
    const base = { suspicion: true, acuteOrStructuralUnsafety: false, canOfferEffectiveHelp: true };
    expect(decide({ ...base, helpAccepted: false })).toEqual(["report", "q4-help-not-accepted", false]);
    expect(decide({ ...base, helpAccepted: true })).toEqual(["help", "q4-help-accepted", false]);
  });
  it("q5 no: (re)reports; q5 yes: closes with follow-up agreements", () => {
    const base = { suspicion: true, acuteOrStructuralUnsafety: false, canOfferEffectiveHelp: true, helpAccepted: true };
    expect(decide({ ...base, helpReachesSafety: false })).toEqual(["report", "q5-safety-not-reached", false]);
    expect(decide({ ...base, helpReachesSafety: true })).toEqual(["close", "q5-safety-reached", true]);
  });
  it("names the first question that still needs an answer", () => {
    expect(decide({ suspicion: true })).toEqual([["meldcode.answer.missing", 2]]);
    expect(decide({ suspicion: true, acuteOrStructuralUnsafety: false })).toEqual([["meldcode.answer.missing", 3]]);
    expect(decide({ suspicion: true, acuteOrStructuralUnsafety: false, canOfferEffectiveHelp: true })).toEqual([["meldcode.answer.missing", 4]]);
  });
  it("always reports when there is acute or structural unsafety (property)", () => {
    fc.assert(
      fc.property(fc.option(fc.boolean(), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }), (q3, q4, q5) => {
        const answers = { suspicion: true, acuteOrStructuralUnsafety: true, ...(q3 === undefined ? {} : { canOfferEffectiveHelp: q3 }), ...(q4 === undefined ? {} : { helpAccepted: q4 }), ...(q5 === undefined ? {} : { helpReachesSafety: q5 }) };
        const r = decideAfwegingskader(answers);
        return r.ok && r.value.decision === "report";
      }),
    );
  });
});

const who = { by: "professional" as const };
const start: MeldcodeEventInput = { type: "signals-mapped", by: "volunteer", at: "2025-10-01", childId: "kw-0101", signalIds: ["s-1"] };
const consulted: MeldcodeEventInput = { type: "colleague-consulted", ...who, at: "2025-10-02" };
const talked: MeldcodeEventInput = { type: "conversation-held", ...who, at: "2025-10-03", with: ["parents"] };
const helpAnswers = { suspicion: true, acuteOrStructuralUnsafety: false, canOfferEffectiveHelp: true, helpAccepted: true };

describe("applyMeldcode and replayMeldcode", () => {
  it("walks the five steps to an offer of help and closes with follow-up agreements when safety is reached", () => {
    const r = replayMeldcode([
      start,
      consulted,
      { type: "veilig-thuis-consulted", ...who, at: "2025-10-02T15:00:00+02:00", anonymous: true },
      talked,
      { type: "weighed", ...who, at: "2025-10-04", answers: helpAnswers },
    ]);
    expect(r.ok && r.value.status).toBe("help-offered");
    if (!r.ok || r.value.status !== "help-offered") throw new Error("expected help-offered");
    expect(r.value.veiligThuisConsultations).toEqual([{ on: "2025-10-02", anonymous: true }]);
    const closed = applyMeldcode(r.value, { type: "help-evaluated", ...who, at: "2025-11-15", helpReachesSafety: true });
    expect(closed.ok && closed.value.status === "closed" && closed.value.outcome).toEqual({ decision: "close", rule: "q5-safety-reached", followUpAgreements: true });
    const rereport = applyMeldcode(r.value, { type: "help-evaluated", ...who, at: "2025-11-15", helpReachesSafety: false });
    expect(rereport.ok && rereport.value.status === "reported" && rereport.value.outcome.rule).toBe("q5-safety-not-reached");
  });

  it("reports at once on acute unsafety, after skipping the conversation for the child's safety", () => {
    const r = replayMeldcode([
      start,
      consulted,
      { type: "conversation-skipped", ...who, at: "2025-10-02", reason: "safety-of-child" },
      { type: "weighed", ...who, at: "2025-10-02", answers: { suspicion: true, acuteOrStructuralUnsafety: true } },
    ]);
    expect(r.ok && r.value.status === "reported" && [r.value.outcome.rule, r.value.conversation]).toEqual([
      "q2-acute-or-structural-unsafety",
      { held: false, reason: "safety-of-child", on: "2025-10-02" },
    ]);
  });

  it("does not skip the conversation without a recorded reason", () => {
    const r = replayMeldcode([start, consulted, { type: "conversation-skipped", ...who, at: "2025-10-02" } as unknown as MeldcodeEventInput]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([["value.not-allowed", [2, "reason"]]]);
  });

  it("rejects an event the state does not allow, naming the state, the event and what is allowed", () => {
    const r = replayMeldcode([start, { type: "weighed", ...who, at: "2025-10-02", answers: { suspicion: false } }]);
    expect(r.issues).toEqual([
      {
        code: "workflow.event.not-allowed",
        severity: "error",
        path: [1, "type"],
        params: { workflow: "meldcode", state: "signals-mapped", event: "weighed", allowed: ["signals-mapped", "colleague-consulted", "acute-report"] },
      },
    ]);
    expect(formatIssue(r.issues[0]!)).toBe(
      "Stap \"Wegen met het afwegingskader\" kan niet in de stand \"Signalen in kaart gebracht\". Mogelijk: Signalen in kaart brengen, Collega raadplegen, Direct melden bij Veilig Thuis (acute of structurele onveiligheid).",
    );
    expect(formatIssue(r.issues[0]!, { lang: "en" })).toBe(
      "\"Weigh with the afwegingskader\" is not possible in the state \"Signals mapped\". Possible: Map signals, Consult a colleague, Report to Veilig Thuis at once (acute or structural unsafety).",
    );
  });

  it("lets only a professional weigh by default, and an organisation widen that", () => {
    const events: MeldcodeEventInput[] = [start, consulted, talked, { type: "weighed", by: "volunteer", at: "2025-10-04", answers: { suspicion: false } }];
    expect(replayMeldcode(events).issues.map((i) => i.code)).toEqual(["workflow.event.role-not-allowed"]);
    expect(replayMeldcode(events, { decisionRoles: ["professional", "volunteer"] }).ok).toBe(true);
  });

  it("rejects an event dated before the previous one, and an answer to q5 while weighing", () => {
    expect(replayMeldcode([start, { ...consulted, at: "2025-09-30" }]).issues.map((i) => i.code)).toEqual(["workflow.event.out-of-order"]);
    const early = replayMeldcode([start, consulted, talked, { type: "weighed", ...who, at: "2025-10-04", answers: { ...helpAnswers, helpReachesSafety: true } }]);
    expect(early.issues.map((i) => [i.code, i.params["question"]])).toEqual([["meldcode.answer.too-early", 5]]);
  });

  it("adds signals about the same child only", () => {
    const more = replayMeldcode([start, { ...start, signalIds: ["s-2", "s-1"] }]);
    expect(more.ok && more.value.status === "signals-mapped" && more.value.signalIds).toEqual(["s-1", "s-2"]);
    expect(replayMeldcode([start, { ...start, childId: "kw-0202" }]).issues.map((i) => i.code)).toEqual(["meldcode.child.mismatch"]);
  });

  it("has Dutch and English labels for every state and event", () => {
    for (const s of MELDCODE_STATUSES) expect(meldcodeStatusLabels[s].nl.length).toBeGreaterThan(0);
    for (const e of MELDCODE_EVENT_TYPES) expect(meldcodeEventLabels[e].en.length).toBeGreaterThan(0);
  });
});

// --- properties ---

const roles = fc.constantFrom("professional" as const, "intern" as const, "volunteer" as const);
const bool = fc.boolean();
const eventArb = (day: string): fc.Arbitrary<MeldcodeEventInput> =>
  fc.oneof(
    fc.record({ type: fc.constant("signals-mapped" as const), by: roles, at: fc.constant(day), childId: fc.constantFrom("kw-1", "kw-2"), signalIds: fc.array(fc.constantFrom("s-1", "s-2", "s-3"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ type: fc.constant("colleague-consulted" as const), by: roles, at: fc.constant(day) }),
    fc.record({ type: fc.constant("veilig-thuis-consulted" as const), by: roles, at: fc.constant(day), anonymous: bool }),
    fc.record({ type: fc.constant("conversation-held" as const), by: roles, at: fc.constant(day), with: fc.constantFrom(["child" as const], ["parents" as const], ["child" as const, "parents" as const]) }),
    fc.record({ type: fc.constant("conversation-skipped" as const), by: roles, at: fc.constant(day), reason: fc.constantFrom("safety-of-child" as const, "safety-of-others" as const, "contact-would-break" as const) }),
    fc.record({
      type: fc.constant("weighed" as const),
      by: roles,
      at: fc.constant(day),
      answers: fc.record({ suspicion: bool, acuteOrStructuralUnsafety: bool, canOfferEffectiveHelp: bool, helpAccepted: bool }, { requiredKeys: ["suspicion"] }),
    }),
    fc.record({ type: fc.constant("help-evaluated" as const), by: roles, at: fc.constant(day), helpReachesSafety: bool }),
    fc.record(
      { type: fc.constant("acute-report" as const), by: roles, at: fc.constant(day), unsafety: fc.constantFrom("acute" as const, "structural" as const), childId: fc.constantFrom("kw-1", "kw-2"), signalIds: fc.constant(["s-9"]) },
      { requiredKeys: ["type", "by", "at", "unsafety"] },
    ),
  ) as fc.Arbitrary<MeldcodeEventInput>;
const eventsArb = fc.array(fc.integer({ min: 0, max: 27 }), { maxLength: 25 }).chain((offsets) => {
  const days = offsets.sort((a, b) => a - b).map((d) => `2025-10-${String(d + 1).padStart(2, "0")}`);
  return fc.tuple(...days.map(eventArb));
});

function inDiagram(s: MeldcodeState): boolean {
  if (!(MELDCODE_STATUSES as readonly string[]).includes(s.status)) return false;
  switch (s.status) {
    case "new":
      return true;
    case "signals-mapped":
      return s.signalIds.length > 0;
    case "colleague-consulted":
      return s.consulted !== undefined && s.veiligThuisConsultations !== undefined;
    case "conversation-recorded":
      return s.conversation.held ? s.conversation.with.length > 0 : s.conversation.reason.length > 0;
    case "help-offered":
      return s.outcome.decision === "help" && s.answers.helpReachesSafety === undefined;
    case "reported":
      return s.outcome.decision === "report" && (s.acuteReport === undefined || (s.outcome.rule === "q2-acute-or-structural-unsafety" && s.signalIds.length > 0));
    case "closed":
      return s.outcome.decision === "close";
  }
}

describe("acute-report: the fast path for acute or structural unsafety", () => {
  const acute = (at: string, extra: object = {}): MeldcodeEventInput => ({ type: "acute-report", ...who, at, unsafety: "acute", ...extra });
  it("reports from any open state and records the steps it skipped", () => {
    const fromMapped = replayMeldcode([start, acute("2025-10-01")]);
    expect(fromMapped.ok && fromMapped.value).toMatchObject({
      status: "reported",
      outcome: { decision: "report", rule: "q2-acute-or-structural-unsafety" },
      acuteReport: { on: "2025-10-01", unsafety: "acute", from: "signals-mapped", skippedSteps: ["colleague-consultation", "conversation", "weighing"] },
    });
    const consulted = { type: "colleague-consulted", by: "volunteer", at: "2025-10-02" } as const;
    const fromConsulted = replayMeldcode([start, consulted, acute("2025-10-02", { unsafety: "structural" })]);
    expect(fromConsulted.ok && fromConsulted.value).toMatchObject({ acuteReport: { from: "colleague-consulted", skippedSteps: ["conversation", "weighing"], unsafety: "structural" } });
  });
  it("escalates new acute danger while help is being followed, skipping nothing", () => {
    const help = replayMeldcode([
      start,
      { type: "colleague-consulted", by: "volunteer", at: "2025-10-02" },
      { type: "conversation-held", ...who, at: "2025-10-03", with: ["parents"] },
      { type: "weighed", ...who, at: "2025-10-04", answers: { suspicion: true, acuteOrStructuralUnsafety: false, canOfferEffectiveHelp: true, helpAccepted: true } },
    ]);
    expect(help.ok && help.value.status).toBe("help-offered");
    if (!help.ok) return;
    expect(allowedMeldcodeEvents(help.value)).toEqual(["help-evaluated", "acute-report"]);
    const r = applyMeldcode(help.value, acute("2025-11-20T21:00:00+01:00", { signalIds: ["s-7"] }));
    expect(r.ok && r.value).toMatchObject({ status: "reported", signalIds: ["s-1", "s-7"], acuteReport: { from: "help-offered", skippedSteps: [], on: "2025-11-20" } });
  });
  it("can start a trajectory, with the child and the signals", () => {
    const r = applyMeldcode(initialMeldcodeState, acute("2025-10-01", { childId: "kw-0101", signalIds: ["s-1"] }));
    expect(r.ok && r.value).toMatchObject({ status: "reported", childId: "kw-0101", startedOn: "2025-10-01", acuteReport: { from: "new" } });
    const bare = applyMeldcode(initialMeldcodeState, acute("2025-10-01"));
    expect(bare.issues.map((i) => [i.code, i.path])).toEqual([["value.required", ["childId"]], ["value.required", ["signalIds"]]]);
  });
  it("is a decision: only a decision role reports, about the trajectory's own child, and nothing follows it", () => {
    const byVolunteer = replayMeldcode([start, { ...acute("2025-10-01"), by: "volunteer" }]);
    expect(byVolunteer.issues.map((i) => i.code)).toEqual(["workflow.event.role-not-allowed"]);
    expect(replayMeldcode([start, acute("2025-10-01", { childId: "kw-0999" })]).issues.map((i) => i.code)).toEqual(["meldcode.child.mismatch"]);
    const reported = replayMeldcode([start, acute("2025-10-01")]);
    expect(reported.ok && allowedMeldcodeEvents(reported.value)).toEqual([]);
  });
});

describe("event checks", () => {
  it("answers an unknown event type with the known types, not zod's discriminator message", () => {
    const r = applyMeldcode(initialMeldcodeState, { type: "melden", by: "professional", at: "2025-10-01" } as unknown as MeldcodeEventInput);
    expect(r.issues).toEqual([{ code: "value.not-allowed", severity: "error", path: ["type"], params: { allowed: [...MELDCODE_EVENT_TYPES], value: "melden" } }]);
    expect(formatIssue(r.issues[0]!)).toMatch(/^Stap heeft een onbekende waarde.*Kies uit: signals-mapped, colleague-consulted, .*acute-report\.$/);
    expect(formatIssue(r.issues[0]!)).not.toMatch(/undefined/);
    const missing = applyMeldcode(initialMeldcodeState, { by: "professional", at: "2025-10-01" } as unknown as MeldcodeEventInput);
    expect(missing.issues.map((i) => [i.code, i.path])).toEqual([["value.required", ["type"]]]);
  });
  it("takes the day of a timestamp as written, without converting time zones", () => {
    const late = applyMeldcode(initialMeldcodeState, { ...start, at: "2025-10-01T23:30:00Z" });
    expect(late.ok && late.value.updatedOn).toBe("2025-10-01");
    const local = applyMeldcode(initialMeldcodeState, { ...start, at: "2025-10-02T01:30:00+02:00" });
    expect(local.ok && local.value.updatedOn).toBe("2025-10-02");
  });
  it("names event fields in the coordinator's words", () => {
    const r = applyMeldcode(initialMeldcodeState, { type: "signals-mapped", by: "boss", at: "2025-10-01", childId: "kw-0101", signalIds: ["s-1"] } as unknown as MeldcodeEventInput);
    expect(formatIssue(r.issues[0]!)).toMatch(/^Gezet door \(rol\) heeft een onbekende waarde/);
  });
});

describe("meldcode properties", () => {
  it("the allowed events are exactly the ones the reducer does not reject as not allowed, in every state", () => {
    fc.assert(
      fc.property(eventsArb, eventArb("2025-10-28"), (events, probe) => {
        const state = events.reduce<MeldcodeState>((s, e) => {
          const next = applyMeldcode(s, e, { decisionRoles: ["professional", "intern", "volunteer"] });
          return next.ok ? next.value : s;
        }, initialMeldcodeState);
        const r = applyMeldcode(state, probe, { decisionRoles: ["professional", "intern", "volunteer"] });
        const notAllowed = !r.ok && r.issues.some((i) => i.code === "workflow.event.not-allowed");
        expect(notAllowed).toBe(!allowedMeldcodeEvents(state).includes(probe.type));
      }),
      { numRuns: 300 },
    );
  });

  it("no sequence of events reaches a state outside the diagram, and every step is an allowed one", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        let state: MeldcodeState = initialMeldcodeState;
        for (const e of events) {
          const next = applyMeldcode(state, e);
          if (next.ok) {
            expect(allowedMeldcodeEvents(state)).toContain(e.type);
            state = next.value;
          }
          expect(inDiagram(state)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("replaying the accepted events gives the live state", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        let state: MeldcodeState = initialMeldcodeState;
        const accepted: MeldcodeEventInput[] = [];
        for (const e of events) {
          const next = applyMeldcode(state, e);
          if (next.ok) {
            state = next.value;
            accepted.push(e);
          }
        }
        const replayed = replayMeldcode(accepted);
        expect(replayed.ok && replayed.value).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it("a decided trajectory with acute or structural unsafety is always reported", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        let state: MeldcodeState = initialMeldcodeState;
        for (const e of events) {
          const next = applyMeldcode(state, e);
          if (next.ok) state = next.value;
        }
        if (state.status === "reported" || state.status === "closed" || state.status === "help-offered") {
          if (state.answers.suspicion && state.answers.acuteOrStructuralUnsafety) expect(state.status).toBe("reported");
        }
      }),
      { numRuns: 300 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCatalogues } from "../catalogue/index.js";
import { formatIssue } from "../messages/index.js";
import { parseReferral } from "../parse/index.js";
import type { Referral } from "../referral/index.js";
import type { ReferralEventInput, ReferralState } from "./index.js";
import {
  REFERRAL_EVENT_TYPES,
  REFERRAL_WORKFLOW_STATUSES,
  allowedReferralEvents,
  applyReferral,
  defaultFollowUpOn,
  initialReferralState,
  overdueReferrals,
  referralEventLabels,
  referralStatusLabels,
  replayReferral,
  toReferralRecord,
} from "./index.js";

const by = "professional" as const;
const created: ReferralEventInput = { type: "created", by, at: "2025-10-02", referralId: "v-1", childId: "kw-0101", signalId: "s-1", destination: "cjg" };
const consent: ReferralEventInput = { type: "consent-recorded", by, at: "2025-10-02", consent: { kind: "given", givenBy: "parent" } };
const sent: ReferralEventInput = { type: "sent", by, at: "2025-10-03T10:15:00+02:00" };

describe("applyReferral and replayReferral", () => {
  it("creates a draft as a warm handover by default", () => {
    const r = replayReferral([created]);
    expect(r.ok && r.value).toEqual({ status: "draft", referralId: "v-1", childId: "kw-0101", signalId: "s-1", destination: "cjg", form: "warm-handover", createdOn: "2025-10-02", updatedOn: "2025-10-02" });
  });

  it("refuses to send a referral before consent is recorded", () => {
    const r = replayReferral([created, sent]);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([["referral.consent.missing", [1, "consent"]]]);
    expect(formatIssue(r.issues[0]!)).toBe("Een verwijzing kan pas worden verstuurd als toestemming is vastgelegd.");
    expect(formatIssue(r.issues[0]!, { lang: "en" })).toBe("A referral can only be sent once consent has been recorded.");
  });

  it("sends with consent and sets the follow-up date from the destination's catalogue entry", () => {
    const r = replayReferral([created, consent, sent]);
    expect(r.ok && r.value.status === "sent" && [r.value.sentOn, r.value.followUpOn, r.value.consent]).toEqual(["2025-10-03", "2025-10-17", { kind: "given", givenBy: "parent" }]);
    expect(defaultFollowUpOn("veilig-thuis", "2025-10-03")).toBe("2025-10-10");
    expect(defaultFollowUpOn("not-in-catalogue", "2025-10-03")).toBe("2025-10-17");
  });

  it("uses an organisation's own follow-up days", () => {
    const catalogues = createCatalogues({ referralDestinations: { id: "eigen", version: "1", entries: [{ code: "cjg", labels: { nl: "CJG", en: "CJG" }, followUpDays: 3 }] } });
    if (!catalogues.ok) throw new Error("catalogue");
    const r = replayReferral([created, consent, sent], { catalogues: catalogues.value });
    expect(r.ok && r.value.status === "sent" && r.value.followUpOn).toBe("2025-10-06");
    expect(replayReferral([{ ...created, destination: "gp" }], { catalogues: catalogues.value }).issues.map((i) => i.code)).toEqual(["catalogue.code.unknown"]);
  });

  it("sends a report to Veilig Thuis without consent under the meldrecht, and nowhere else", () => {
    const meldrecht: ReferralEventInput = { type: "consent-recorded", by, at: "2025-10-02", consent: { kind: "not-needed", legalGround: "meldrecht" } };
    expect(replayReferral([{ ...created, destination: "veilig-thuis" }, meldrecht, sent]).ok).toBe(true);
    expect(replayReferral([created, meldrecht]).issues.map((i) => i.code)).toEqual(["referral.consent.meldrecht-only-veilig-thuis"]);
  });

  it("lets only a professional override missing consent", () => {
    const override = (role: "volunteer" | "professional"): ReferralEventInput => ({ type: "consent-recorded", by: role, at: "2025-10-02", consent: { kind: "overridden", reason: "safety-of-child" } });
    expect(replayReferral([created, override("volunteer")]).issues.map((i) => i.code)).toEqual(["workflow.event.role-not-allowed"]);
    expect(replayReferral([created, override("professional"), sent]).ok).toBe(true);
  });

  it("runs the lifecycle to completion and gives the flat record of the exchange format", () => {
    const r = replayReferral([created, consent, sent, { type: "accepted", by, at: "2025-10-06" }, { type: "completed", by: "volunteer", at: "2025-11-20" }]);
    if (!r.ok) throw new Error("replay");
    const record = toReferralRecord(r.value);
    expect(record.ok && record.value).toEqual({
      referralId: "v-1",
      childId: "kw-0101",
      signalId: "s-1",
      destination: "cjg",
      createdOn: "2025-10-02",
      sentOn: "2025-10-03",
      respondedOn: "2025-10-06",
      closedOn: "2025-11-20",
      status: "completed",
      consent: "given",
    });
    expect(record.ok && parseReferral(record.value)).toEqual({ ok: true, value: record.ok ? record.value : null, issues: [] });
  });

  it("records a decline with its reason, and ends there", () => {
    const r = replayReferral([created, consent, sent, { type: "declined", by, at: "2025-10-05", reason: "no-capacity" }]);
    expect(r.ok && r.value.status === "declined" && [r.value.declineReason, r.value.respondedOn]).toEqual(["no-capacity", "2025-10-05"]);
    if (r.ok) expect(allowedReferralEvents(r.value)).toEqual([]);
  });

  it("withdraws a sent or accepted referral, never a draft", () => {
    const withdraw: ReferralEventInput = { type: "withdrawn", by, at: "2025-10-07", reason: "consent-withdrawn" };
    expect(replayReferral([created, consent, sent, withdraw]).ok).toBe(true);
    expect(replayReferral([created, consent, sent, { type: "accepted", by, at: "2025-10-06" }, withdraw]).ok).toBe(true);
    const draft = replayReferral([created, withdraw]);
    expect(draft.issues).toEqual([
      { code: "workflow.event.not-allowed", severity: "error", path: [1, "type"], params: { workflow: "referral", state: "draft", event: "withdrawn", allowed: ["consent-recorded", "sent"] } },
    ]);
    expect(formatIssue(draft.issues[0]!)).toBe('Stap "Intrekken (met reden)" kan niet in de stand "Concept". Mogelijk: Toestemming vastleggen, Versturen.');
  });

  it("moves the follow-up date, but not before the date sent", () => {
    const r = replayReferral([created, consent, sent, { type: "follow-up-set", by, at: "2025-10-04", followUpOn: "2025-10-30" }]);
    expect(r.ok && r.value.status === "sent" && r.value.followUpOn).toBe("2025-10-30");
    const bad = replayReferral([created, consent, sent, { type: "follow-up-set", by, at: "2025-10-04", followUpOn: "2025-10-01" }]);
    expect(bad.issues.map((i) => i.code)).toEqual(["referral.followUpOn.before-sent"]);
  });

  it("has no flat record before it is created", () => {
    expect(toReferralRecord(initialReferralState).issues.map((i) => i.code)).toEqual(["referral.record.not-created"]);
  });

  it("has Dutch and English labels for every state and event", () => {
    for (const s of REFERRAL_WORKFLOW_STATUSES) expect(referralStatusLabels[s].nl.length).toBeGreaterThan(0);
    for (const e of REFERRAL_EVENT_TYPES) expect(referralEventLabels[e].en.length).toBeGreaterThan(0);
  });
});

describe("meldrecht, details and the transition table", () => {
  const notNeeded: ReferralEventInput = { type: "consent-recorded", by, at: "2025-10-02", consent: { kind: "not-needed", legalGround: "meldrecht" } };
  it("takes the meldrecht from the catalogue entry, so an organisation's own Veilig Thuis code keeps it", () => {
    const own = createCatalogues({
      referralDestinations: {
        id: "eigen",
        version: "1",
        entries: [
          { code: "vt-regio", labels: { nl: "Veilig Thuis regio", en: "Veilig Thuis region" }, followUpDays: 5, meldrecht: true },
          { code: "cjg", labels: { nl: "CJG", en: "CJG" } },
        ],
      },
    });
    if (!own.ok) throw new Error("valid catalogue");
    const options = { catalogues: own.value };
    const vt = replayReferral([{ ...created, destination: "vt-regio" }, notNeeded, sent], options);
    expect(vt.ok && vt.value).toMatchObject({ status: "sent", consent: { kind: "not-needed", legalGround: "meldrecht" }, followUpOn: "2025-10-08" });
    const cjg = replayReferral([created, notNeeded], options);
    expect(cjg.issues.map((i) => [i.code, i.params])).toEqual([["referral.consent.meldrecht-only-veilig-thuis", { destination: "cjg" }]]);
  });
  it("keeps missing detail an error in the workflow", () => {
    const r = replayReferral([created, consent, sent, { type: "declined", by, at: "2025-10-04" } as ReferralEventInput]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.severity, i.path])).toEqual([["error", [3, "reason"]]]);
  });
  it("writes the consent ground and the reasons into the flat record", () => {
    const vt = replayReferral([{ ...created, destination: "veilig-thuis" }, { type: "consent-recorded", by, at: "2025-10-02", consent: { kind: "not-needed", legalGround: "meldrecht" } }, sent, { type: "declined", by, at: "2025-10-05", reason: "already-known" }]);
    const record = vt.ok ? toReferralRecord(vt.value) : vt;
    expect(record.ok && record.value).toMatchObject({ status: "declined", consent: "not-needed", consentGround: "meldrecht", declineReason: "already-known", respondedOn: "2025-10-05" });
    expect(record.ok && parseReferral(record.value).issues).toEqual([]);
  });
  it("derives the workflow states from the record statuses, with labels from one vocabulary", () => {
    expect(REFERRAL_WORKFLOW_STATUSES).toEqual(["new", "draft", "sent", "accepted", "declined", "completed", "withdrawn"]);
    expect(referralStatusLabels.sent).toEqual({ nl: "Verstuurd", en: "Sent" });
    expect(allowedReferralEvents(initialReferralState)).toEqual(["created"]);
  });
  it("rejects an unknown event type with the known types", () => {
    const r = applyReferral(initialReferralState, { type: "opened", by, at: "2025-10-01" } as unknown as ReferralEventInput);
    expect(r.issues.map((i) => [i.code, i.path, i.params["allowed"]])).toEqual([["value.not-allowed", ["type"], [...REFERRAL_EVENT_TYPES]]]);
  });
});

describe("overdueReferrals", () => {
  const base = { childId: "kw-0101", createdOn: "2025-10-01", consent: "given" as const };
  const records: Referral[] = [
    { ...base, referralId: "v-1", destination: "veilig-thuis", sentOn: "2025-10-01", status: "sent" },
    { ...base, referralId: "v-2", destination: "cjg", sentOn: "2025-10-01", status: "accepted", respondedOn: "2025-10-02", followUpOn: "2025-10-09" },
    { ...base, referralId: "v-3", destination: "leisure", sentOn: "2025-10-01", status: "sent" },
    { ...base, referralId: "v-4", destination: "cjg", sentOn: "2025-09-01", status: "completed", respondedOn: "2025-09-02", closedOn: "2025-09-20" },
    { ...base, referralId: "v-5", destination: "cjg", status: "draft" },
    { ...base, referralId: "v-6", destination: "gp", sentOn: "2025-10-01", status: "sent", followUpOn: "2025-10-10" },
  ];
  it("lists open referrals past their follow-up date for the given day, most overdue first", () => {
    expect(overdueReferrals(records, "2025-10-10")).toEqual({
      ok: true,
      value: [
        { referralId: "v-1", childId: "kw-0101", destination: "veilig-thuis", status: "sent", followUpOn: "2025-10-08", daysOverdue: 2 },
        { referralId: "v-2", childId: "kw-0101", destination: "cjg", status: "accepted", followUpOn: "2025-10-09", daysOverdue: 1 },
      ],
      issues: [],
    });
  });
  it("lists nothing on or before the follow-up date", () => {
    expect(overdueReferrals(records, "2025-10-08")).toEqual({ ok: true, value: [], issues: [] });
  });
  it("skips what is not a valid open referral with a warning at its index, and never throws", () => {
    const hostile = Object.defineProperty({}, "status", { get: () => { throw new Error("boom"); }, enumerable: true });
    const r = overdueReferrals([null, records[0], 42, { ...records[0], sentOn: undefined }, hostile], "2025-10-10");
    expect(r.ok && r.value.map((o) => o.referralId)).toEqual(["v-1"]);
    expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ["referral.overdue.skipped", "warning", [0]],
      ["referral.overdue.skipped", "warning", [2]],
      ["referral.overdue.skipped", "warning", [3]],
      ["referral.overdue.skipped", "warning", [4]],
    ]);
    expect(formatIssue(r.issues[0]!)).toMatch(/overgeslagen/);
  });
});

describe("parseReferral cross-field rules", () => {
  const draft = { referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", status: "draft" };
  it("requires sentOn and consent once a referral has been sent", () => {
    for (const status of ["sent", "accepted", "declined", "completed"]) {
      expect(parseReferral({ ...draft, status }).issues.map((i) => [i.code, i.path]).slice(0, 2)).toEqual([
        ["referral.sentOn.missing", ["sentOn"]],
        ["referral.consent.missing", ["consent"]],
      ]);
    }
    expect(parseReferral({ ...draft, status: "withdrawn", sentOn: "2025-10-03", closedOn: "2025-10-04", withdrawReason: "other" }).issues.map((i) => i.code)).toEqual(["referral.consent.missing"]);
    expect(parseReferral(draft).ok).toBe(true);
  });
  it("requires dates in order createdOn <= sentOn <= respondedOn <= closedOn", () => {
    const r = parseReferral({ ...draft, status: "completed", consent: "given", sentOn: "2025-10-01", respondedOn: "2025-10-05", closedOn: "2025-10-04" }, { path: ["referrals", 3] });
    expect(r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["referral.dates.order", ["referrals", 3, "sentOn"], { earlier: "createdOn", later: "sentOn" }],
      ["referral.dates.order", ["referrals", 3, "closedOn"], { earlier: "respondedOn", later: "closedOn" }],
    ]);
    expect(formatIssue(r.issues[0]!)).toBe('De datum bij "Verstuurd op" ligt voor de datum bij "Aangemaakt op".');
  });
  const sent = { ...draft, status: "sent", consent: "given", sentOn: "2025-10-03" };
  it("rejects a record whose dates contradict its status", () => {
    const codes = (input: object) => parseReferral(input).issues.map((i) => [i.code, i.path, i.severity]);
    expect(codes({ ...sent, status: "declined", declineReason: "no-capacity" })).toEqual([["referral.respondedOn.missing", ["respondedOn"], "error"]]);
    expect(codes({ ...sent, status: "completed", respondedOn: "2025-10-04" })).toEqual([["referral.closedOn.missing", ["closedOn"], "error"]]);
    expect(codes({ ...draft, sentOn: "2025-10-03" })).toEqual([["referral.date.not-allowed", ["sentOn"], "error"]]);
    expect(codes({ ...sent, closedOn: "2025-10-09" })).toEqual([["referral.date.not-allowed", ["closedOn"], "error"]]);
    expect(codes({ ...sent, declineReason: "other" })).toEqual([["referral.detail.not-applicable", ["declineReason"], "error"]]);
    expect(parseReferral({ ...draft, sentOn: "2025-10-03" }).ok).toBe(false);
    expect(formatIssue(parseReferral({ ...draft, sentOn: "2025-10-03" }).issues[0]!)).toBe('Een verwijzing met status "concept" kan nog geen "Verstuurd op" hebben. Pas de status of de datum aan.');
  });
  it("warns, but accepts, a FORMAT v1 record without the detail its status or consent calls for", () => {
    const r = parseReferral({ ...sent, consent: "not-needed", destination: "veilig-thuis" });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.path, i.severity])).toEqual([["referral.detail.missing", ["consentGround"], "warning"]]);
    expect(formatIssue(r.issues[0]!)).toBe('Vul "Toestemmingsgrond" in: de status of de toestemming van deze verwijzing vraagt erom.');
    const overridden = parseReferral({ ...sent, consent: "overridden" });
    expect(overridden.ok && overridden.issues.map((i) => i.params["field"])).toEqual(["consentReason"]);
    const withdrawn = parseReferral({ ...sent, status: "withdrawn" });
    expect(withdrawn.ok && withdrawn.issues.map((i) => i.params["field"])).toEqual(["withdrawReason", "closedOn"]);
    expect(parseReferral({ ...sent, consent: "not-needed", consentGround: "no-personal-data" }).issues).toEqual([]);
  });
});

// --- properties ---

const roles = fc.constantFrom("professional" as const, "intern" as const, "volunteer" as const);
const eventArb = (at: string): fc.Arbitrary<ReferralEventInput> =>
  fc.oneof(
    fc.record({ type: fc.constant("created" as const), by: roles, at: fc.constant(at), referralId: fc.constant("v-1"), childId: fc.constant("kw-1"), destination: fc.constantFrom("cjg", "veilig-thuis", "leisure") }),
    fc.record({
      type: fc.constant("consent-recorded" as const),
      by: roles,
      at: fc.constant(at),
      consent: fc.oneof(
        fc.record({ kind: fc.constant("given" as const), givenBy: fc.constantFrom("parent" as const, "guardian" as const) }),
        fc.record({ kind: fc.constant("not-needed" as const), legalGround: fc.constantFrom("meldrecht" as const, "no-personal-data" as const) }),
        fc.record({ kind: fc.constant("overridden" as const), reason: fc.constantFrom("safety-of-child" as const, "acute-danger" as const) }),
      ),
    }),
    fc.record({ type: fc.constant("sent" as const), by: roles, at: fc.constant(at) }),
    fc.record({ type: fc.constant("follow-up-set" as const), by: roles, at: fc.constant(at), followUpOn: fc.constantFrom("2025-10-05", "2025-12-01") }),
    fc.record({ type: fc.constant("accepted" as const), by: roles, at: fc.constant(at) }),
    fc.record({ type: fc.constant("declined" as const), by: roles, at: fc.constant(at), reason: fc.constantFrom("no-capacity" as const, "other" as const) }),
    fc.record({ type: fc.constant("completed" as const), by: roles, at: fc.constant(at) }),
    fc.record({ type: fc.constant("withdrawn" as const), by: roles, at: fc.constant(at), reason: fc.constantFrom("sent-in-error" as const, "no-longer-needed" as const) }),
  ) as fc.Arbitrary<ReferralEventInput>;
const eventsArb = fc.array(fc.integer({ min: 0, max: 27 }), { maxLength: 25 }).chain((offsets) =>
  fc.tuple(...offsets.sort((a, b) => a - b).map((d) => eventArb(`2025-10-${String(d + 1).padStart(2, "0")}`))),
);

function run(events: readonly ReferralEventInput[]): { states: ReferralState[]; accepted: ReferralEventInput[] } {
  let state: ReferralState = initialReferralState;
  const states: ReferralState[] = [state];
  const accepted: ReferralEventInput[] = [];
  for (const e of events) {
    const next = applyReferral(state, e);
    if (next.ok) {
      expect(allowedReferralEvents(state)).toContain(e.type);
      state = next.value;
      accepted.push(e);
      states.push(state);
    }
  }
  return { states, accepted };
}

describe("referral properties", () => {
  it("the allowed events are exactly the ones the reducer does not reject as not allowed, in every state", () => {
    fc.assert(
      fc.property(eventsArb, eventArb("2025-10-28"), (events, probe) => {
        const { states } = run(events);
        const state = states[states.length - 1] ?? initialReferralState;
        const r = applyReferral(state, probe);
        const notAllowed = !r.ok && r.issues.some((i) => i.code === "workflow.event.not-allowed");
        expect(notAllowed).toBe(!allowedReferralEvents(state).includes(probe.type));
      }),
      { numRuns: 300 },
    );
  });
  it("no sequence of events reaches a state outside the diagram, and every state gives a valid flat record", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        for (const s of run(events).states) {
          expect(REFERRAL_WORKFLOW_STATUSES).toContain(s.status);
          if (s.status === "new") continue;
          const record = toReferralRecord(s);
          expect(record.ok && parseReferral(record.value).issues).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("consent is present on every referral that was ever sent", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        for (const s of run(events).states) {
          if (s.status !== "new" && s.status !== "draft") {
            expect(s.consent).toBeDefined();
            expect(s.sentOn).toBeDefined();
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("replaying the accepted events gives the live state", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const { states, accepted } = run(events);
        const replayed = replayReferral(accepted);
        expect(replayed.ok && replayed.value).toEqual(states[states.length - 1]);
      }),
      { numRuns: 300 },
    );
  });
});

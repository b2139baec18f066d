import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseActivity, parseAttendance, parseChild, parseSession } from "@kinderwerk/core";
import { buildReport, createReportAccumulator, periodOfYear, renderJson } from "@kinderwerk/reporting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "./server.js";
import { openStore } from "./store.js";

let server: Server;
let base = "";

beforeAll(async () => {
  const store = await openStore({ DATA_DIR: "memory://" });
  server = createServer({ store });
  server.once("close", () => void store.close());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // PGlite starts and migrates: a second or two, more on a busy machine.
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (path: string, body: unknown): Promise<Response> => fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

// A season of two activities: 14 children, one outside the target ages, sessions in 2024 and 2025,
// absences, and a neighbourhood with fewer children than the suppression threshold.
const children = Array.from({ length: 14 }, (_, i) => ({
  childId: `kw-${100 + i}`,
  birthDate: i === 13 ? "2010-05-01" : `${2014 + (i % 6)}-0${1 + (i % 9)}-15`,
  gender: i % 2 === 0 ? "girl" : "boy",
  neighbourhood: i < 3 ? "Oost" : "Centrum",
}));
const activities = [
  { activityId: "voetbal", name: "Voetbal op het plein", kind: "sport", programmeLines: ["safety"], pillars: ["child"] },
  { activityId: "knutsel", name: "Knutselclub", kind: "craft" },
];
const sessions = ["2024-11-06", "2025-02-05", "2025-03-05", "2025-07-16", "2025-10-01"].flatMap((date, i) => [
  { sessionId: `v-${i}`, activityId: "voetbal", date, durationMinutes: 90, professionals: 2, volunteers: 1 },
  { sessionId: `k-${i}`, activityId: "knutsel", date, durationMinutes: 60, professionals: 1 },
]);
const attendance = sessions.flatMap((s, i) => children.filter((_, c) => (c + i) % 3 !== 0).map((c, j) => ({ sessionId: s.sessionId, childId: c.childId, present: j % 5 !== 4 })));

describe("GET /report", () => {
  it("is the report of the year computed in SQL, the same document the JS accumulator gives", async () => {
    for (const [path, list] of [["/children", children], ["/activities", activities], ["/sessions", sessions], ["/attendance", attendance]] as const) {
      const res = await post(path, list);
      expect(res.status, path).toBe(201);
    }
    const res = await fetch(`${base}/report?year=2025&region=zuid`);
    expect(res.status).toBe(200);
    const served = (await res.json()) as Record<string, unknown>;

    const period = periodOfYear(2025);
    const acc = createReportAccumulator({ period, region: "zuid" });
    const ok = <T,>(r: { ok: boolean; value?: T }): T => (r.ok ? r.value! : (undefined as never));
    for (const c of children) acc.addChild(ok(parseChild(c)));
    for (const a of activities) acc.addActivity(ok(parseActivity(a)));
    for (const s of sessions) acc.addSession(ok(parseSession(s)));
    for (const a of attendance) acc.addAttendance(ok(parseAttendance(a)));
    const expected = JSON.parse(renderJson(buildReport({ period, region: "zuid", results: acc.result(), generatedAt: String(served["generatedAt"]) }))) as Record<string, unknown>;
    expect(served).toEqual(expected);

    const reach = (served["indicators"] as { id: string; value: unknown }[]).find((i) => i.id === "reach");
    expect(reach?.value).toBe(13);
    // The three children of Oost are fewer than five: suppressed, never their count.
    expect(JSON.stringify(served)).not.toMatch(/"Oost",\s*"value":\s*3/);
  });

  it("answers 400 for a missing or wrong year or region, 405 for another method", async () => {
    for (const query of ["", "?year=twenty", "?year=25", "?year=2025&region=west"]) {
      const res = await fetch(`${base}/report${query}`);
      expect(res.status, query).toBe(400);
    }
    const wrong = await fetch(`${base}/report?year=2025`, { method: "POST" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
  });
});

describe("writes", () => {
  it("run one at a time: of two requests for the same new id, one is stored and one refused", async () => {
    const child = { childId: "kw-7777", birthDate: "2016-01-01" };
    const answers = await Promise.all([post("/children", child), post("/children", child), post("/children", [child])]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422, 422]);
  });
});

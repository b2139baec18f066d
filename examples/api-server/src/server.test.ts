import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pickLanguage } from "./language.js";
import { createServer, main } from "./server.js";
import { openStore } from "./store.js";

let server: Server;
let base = "";

beforeAll(async () => {
  // A real PGlite, in memory: the schema of @kinderwerk/sql, the records in SQL.
  const store = await openStore({ DATA_DIR: "memory://" });
  server = createServer({ maxBodyBytes: 64 * 1024, store });
  server.once("close", () => void store.close());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // PGlite starts and migrates: a second or two, more on a busy machine.
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { records?: Record<string, unknown>[]; record?: Record<string, unknown>; issues?: { code: string; path: (string | number)[]; severity: string; message: string }[] };
}

async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const init: RequestInit = { method, headers: { "content-type": "application/json", ...headers } };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const res = await fetch(base + path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as Answer["body"] };
}

const post = (path: string, body: unknown, headers?: Record<string, string>): Promise<Answer> => send("POST", path, body, headers);

describe("the API server", () => {
  it("stores a valid child and answers 201 with the stored record", async () => {
    const answer = await post("/children", { childId: "kw-0101", birthDate: "2015-09-14", postcode: "5025 KL", groep: 4 });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ records: [{ childId: "kw-0101", birthDate: "2015-09-14", postcode: "5025", groep: 4 }], issues: [] });
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");

    const got = await send("GET", "/children/kw-0101");
    expect(got.status).toBe(200);
    expect(got.body.record).toEqual({ childId: "kw-0101", birthDate: "2015-09-14", postcode: "5025", groep: 4 });
  });

  it("stores an array of records at once", async () => {
    const answer = await post("/children", [
      { childId: "kw-0102", birthDate: "2016-01-31" },
      { childId: "kw-0103", birthDate: "2017-03-02", gender: "boy" },
    ]);
    expect(answer.status).toBe(201);
    expect(answer.body.records?.map((r) => r["childId"])).toEqual(["kw-0102", "kw-0103"]);
  });

  it("answers 422 with Dutch messages, and stores nothing of a request with an error", async () => {
    const answer = await post("/children", [
      { childId: "kw-0201", birthDate: "2015-02-28" },
      { childId: "kw-0202", birthDate: "2015-02-30", groep: 9 },
    ]);
    expect(answer.status).toBe(422);
    expect(answer.body.issues).toEqual([
      { code: "value.date", path: [1, "birthDate"], severity: "error", message: 'Geboortedatum is geen geldige datum (ingevuld: "2015-02-30"); schrijf bijvoorbeeld 2025-09-14.' },
      { code: "value.too-big", path: [1, "groep"], severity: "error", message: 'Groep mag hoogstens 8 zijn (ingevuld: "9").' },
    ]);
    expect(answer.headers.get("content-language")).toBe("nl");
    expect((await send("GET", "/children/kw-0201")).status).toBe(404);
  });

  it("speaks English when Accept-Language asks for it", async () => {
    const answer = await post("/children", { childId: "kw-0301", birthDate: "2015-02-30" }, { "accept-language": "en-GB,en;q=0.9,nl;q=0.5" });
    expect(answer.status).toBe(422);
    expect(answer.body.issues?.[0]?.message).toBe('Birth date is not a valid date (given: "2015-02-30"); write for example 2025-09-14.');
    expect(answer.headers.get("content-language")).toBe("en");
  });

  it("rejects a BSN-like child id without echoing it anywhere in the answer", async () => {
    const answer = await post("/children", { childId: "111222333", birthDate: "2015-09-14" });
    expect(answer.status).toBe(422);
    expect(answer.body.issues).toEqual([
      { code: "child.childId.bsn", path: ["childId"], severity: "error", message: "Kind-ID lijkt op een BSN. Een welzijnsorganisatie mag geen BSN verwerken: gebruik een pseudoniem." },
    ]);
    expect(answer.text).not.toContain("111222333");

    // Also when it hides inside an id that is wrong for another reason: the BSN is what is said.
    const hidden = await post("/children", { childId: "kw 111222333", birthDate: "2015-09-14" });
    expect(hidden.status).toBe(422);
    expect(hidden.text).not.toContain("111222333");
    expect(hidden.body.issues?.[0]?.code).toBe("child.childId.bsn");
  });

  it("does not repeat a name typed into an id field", async () => {
    const answer = await post("/children", { childId: "Sanne de Vries", birthDate: "2015-09-14" });
    expect(answer.status).toBe(422);
    expect(answer.body.issues).toEqual([
      { code: "value.id", path: ["childId"], severity: "error", message: "Kind-ID mag alleen letters, cijfers en . _ : / - bevatten, zonder spaties." },
    ]);
    expect(answer.text).not.toContain("Sanne");
  });

  it("accepts a name-like id with a warning", async () => {
    const answer = await post("/children", { childId: "Sanne", birthDate: "2015-09-14" });
    expect(answer.status).toBe(201);
    expect(answer.body.issues).toEqual([
      { code: "child.childId.name-like", path: ["childId"], severity: "warning", message: "Kind-ID lijkt op een naam: één woord met een hoofdletter, of zonder cijfers. Gebruik een pseudoniem, nooit een naam." },
    ]);
  });

  it("refuses a child id that already exists", async () => {
    const answer = await post("/children", { childId: "kw-0101", birthDate: "2015-09-14" });
    expect(answer.status).toBe(422);
    expect(answer.body.issues).toEqual([{ code: "api.id.duplicate", path: ["childId"], severity: "error", message: "Kind-ID bestaat al of staat twee keer in dit verzoek." }]);
  });

  it("checks that a session's activity and an attendance's session and child exist", async () => {
    const orphan = await post("/sessions", { sessionId: "b-1", activityId: "knutselclub", date: "2025-10-01", durationMinutes: 90 });
    expect(orphan.status).toBe(422);
    expect(orphan.body.issues?.map((i) => i.code)).toEqual(["api.reference.unknown-activity"]);

    expect((await post("/activities", { activityId: "knutselclub", name: "Knutselclub", kind: "craft" })).status).toBe(201);
    const session = await post("/sessions", { sessionId: "b-1", activityId: "knutselclub", date: "2025-10-01", durationMinutes: 90 });
    expect(session.status).toBe(201);
    expect(session.body.records).toEqual([{ sessionId: "b-1", activityId: "knutselclub", date: "2025-10-01", durationMinutes: 90, professionals: 0, interns: 0, volunteers: 0 }]);

    const bad = await post("/attendance", [
      { sessionId: "b-1", childId: "kw-0101" },
      { sessionId: "b-2", childId: "kw-0999", present: false },
    ]);
    expect(bad.status).toBe(422);
    expect(bad.body.issues).toEqual([
      { code: "api.reference.unknown-session", path: [1, "sessionId"], severity: "error", message: "Deze bijeenkomst bestaat niet: registreer eerst de bijeenkomst." },
      { code: "api.reference.unknown-child", path: [1, "childId"], severity: "error", message: "Dit kind is niet ingeschreven: schrijf het kind eerst in." },
    ]);

    const good = await post("/attendance", [
      { sessionId: "b-1", childId: "kw-0101" },
      { sessionId: "b-1", childId: "kw-0102", present: false },
    ]);
    expect(good.status).toBe(201);
    expect(good.body.records).toEqual([
      { sessionId: "b-1", childId: "kw-0101", present: true },
      { sessionId: "b-1", childId: "kw-0102", present: false },
    ]);
    const again = await post("/attendance", { sessionId: "b-1", childId: "kw-0101" });
    expect(again.body.issues?.map((i) => i.code)).toEqual(["api.attendance.duplicate"]);
  });

  it("answers 400 for invalid JSON and 422 for an empty list", async () => {
    const answer = await post("/children", '{"childId": "kw-1",');
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([{ code: "api.body.invalid-json", path: [], severity: "error", message: "De gegevens zijn geen geldige JSON." }]);
    const empty = await post("/children", []);
    expect(empty.status).toBe(422);
    expect(empty.body.issues?.map((i) => i.code)).toEqual(["api.body.empty"]);
  });

  it("answers 415 for a body that is not JSON", async () => {
    const answer = await post("/children", "childId=kw-1", { "content-type": "application/x-www-form-urlencoded" });
    expect(answer.status).toBe(415);
  });

  it("answers 413 for a body over the limit that declares its length", async () => {
    const answer = await post("/children", JSON.stringify({ childId: "kw-0401", birthDate: "2015-09-14", neighbourhood: "x".repeat(200 * 1024) }));
    expect(answer.status).toBe(413);
    expect(answer.body.issues?.[0]?.message).toBe("De gegevens zijn te groot: hoogstens 65536 bytes per verzoek.");
  });

  it("answers 413 while a streamed body is still coming, without waiting for its end", async () => {
    const { port } = server.address() as AddressInfo;
    const chunk = Buffer.alloc(16 * 1024, "a");
    const result = await new Promise<{ status: number; sent: number; ended: boolean }>((resolve, reject) => {
      let sent = 0;
      let ended = false;
      let answered = false;
      const req = request({ host: "127.0.0.1", port, method: "POST", path: "/children", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent, ended });
        req.destroy();
      });
      req.on("error", (error) => (answered ? undefined : reject(error)));
      // The client keeps sending, chunk by chunk, until the server answers; only after 32 MiB
      // would it end the body, so an answer that waits for the end shows up as `ended: true`.
      const pump = (): void => {
        if (answered) return;
        if (sent >= 32 * 1024 * 1024) {
          ended = true;
          req.end();
          return;
        }
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once("drain", pump);
      };
      pump();
    });
    expect(result.status).toBe(413);
    expect(result.ended).toBe(false);
    expect(result.sent).toBeLessThan(32 * 1024 * 1024);
  });

  it("does not let a __proto__ key pollute anything", async () => {
    const payload = '{"__proto__": {"polluted": "yes", "childId": "kw-evil"}, "childId": "kw-0501", "birthDate": "2015-09-14", "constructor": {"prototype": {"polluted": "yes"}}}';
    const answer = await post("/children", payload);
    expect(answer.status).toBe(201);
    expect(answer.body.records).toEqual([{ childId: "kw-0501", birthDate: "2015-09-14" }]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    const got = await send("GET", "/children/kw-0501");
    expect(Object.keys(got.body.record ?? {})).toEqual(["childId", "birthDate"]);
    for (const id of ["__proto__", "constructor", "hasOwnProperty", "kw-evil"]) expect((await send("GET", `/children/${id}`)).status).toBe(404);
  });

  it("answers 405 with Allow for a wrong method and 404 for an unknown address", async () => {
    const wrong = await send("GET", "/children");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect(wrong.body.issues?.[0]?.message).toBe("Deze methode kan hier niet; wel: POST.");
    const del = await send("DELETE", "/children/kw-0101");
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET");
    expect((await send("GET", "/nope")).status).toBe(404);
    expect((await send("GET", "/children/%E0%A4%A")).status).toBe(404);
    expect((await send("GET", "/children/nobody")).body.issues?.[0]?.message).toBe("Er is geen kind met dit Kind-ID.");
  });
});

describe("pickLanguage", () => {
  it("picks the Dutch or English tag with the highest weight, Dutch by default", () => {
    expect(pickLanguage(undefined)).toBe("nl");
    expect(pickLanguage("en")).toBe("en");
    expect(pickLanguage("nl-BE,en;q=0.5")).toBe("nl");
    expect(pickLanguage("fr-FR,en;q=0.3,nl;q=0.8")).toBe("nl");
    expect(pickLanguage("de,fr")).toBe("nl");
    expect(pickLanguage("en;q=0")).toBe("nl");
  });
});

describe("main", () => {
  const close = (s: Server): Promise<void> => new Promise<void>((resolve) => s.close(() => resolve()));

  it("listens on 127.0.0.1 and the port in PORT, and keeps its records in the PGlite data folder", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kw-api-"));
    try {
      const started = await main({ PORT: "0", DATA_DIR: dataDir });
      const address = started.address() as AddressInfo;
      expect(address.address).toBe("127.0.0.1");
      expect(address.port).toBeGreaterThan(0);
      const url = `http://127.0.0.1:${address.port}`;
      const created = await fetch(`${url}/children`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ childId: "kw-9001", birthDate: "2016-04-01" }) });
      expect(created.status).toBe(201);
      await close(started);
      // Closed and started again on the same folder: the child is still there.
      const again = await main({ PORT: "0", DATA_DIR: dataDir });
      const got = await fetch(`http://127.0.0.1:${(again.address() as AddressInfo).port}/children/kw-9001`);
      expect(await got.json()).toEqual({ record: { childId: "kw-9001", birthDate: "2016-04-01" } });
      await close(again);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    // PGlite makes a data folder and opens it twice: seconds, more on a busy machine.
  }, 60_000);

  it("refuses a PORT that is not a port number", async () => {
    await expect(main({ PORT: "http" })).rejects.toThrow("PORT must be a port number");
  });
});

// A small JSON API on node:http that validates every record with @kinderwerk/core before it keeps it.
import { createServer as createHttpServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { formatIssue, hasErrors, issue, parseActivity, parseAttendance, parseChild, parseSession } from "@kinderwerk/core";
import type { Issue, IssuePath, Lang, Result } from "@kinderwerk/core";
import { pickLanguage } from "./language.js";
import { apiMessages } from "./messages.js";
import { report } from "./report.js";
import type { Store } from "./store.js";
import { attendanceKey, openStore } from "./store.js";

/** The largest request body the server reads by default: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Options for {@link createServer}. */
export interface ServerOptions {
  /** The largest request body in bytes (default 1 MiB); a larger one gets 413 as soon as it passes the limit. */
  readonly maxBodyBytes?: number;
  /** The store to keep records in (see `openStore`). */
  readonly store: Store;
}

/** An issue as the API shows it: the message in the language the client asked for, no raw values. */
interface ApiIssue {
  readonly code: string;
  readonly path: IssuePath;
  readonly severity: Issue["severity"];
  readonly message: string;
}

type Kind = "children" | "activities" | "sessions" | "attendance";

const COLLECTIONS: Readonly<Record<string, Kind>> = {
  "/children": "children",
  "/activities": "activities",
  "/sessions": "sessions",
  "/attendance": "attendance",
};

/**
 * Create the API server on a store. It listens nowhere until you call `listen`.
 *
 * - `POST /children`, `/activities`, `/sessions`, `/attendance`: a record or an array of records;
 *   201 with the stored records, or 422 with the issues (nothing of the request is stored then)
 * - `GET /children/:id`: 200 with the child, 404 if there is none
 * - `GET /report?year=2025` (and `region=noord|midden|zuid`): 200 with the report document of that
 *   year, its indicators computed in the database, small numbers suppressed
 * - 400 for invalid JSON, 413 for a body over the limit, 415 for a body that is not JSON,
 *   405 for a wrong method, 404 for an unknown address
 *
 * Messages are Dutch unless `Accept-Language` asks for English.
 */
export function createServer(options: ServerOptions): Server {
  const store = options.store;
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = createHttpServer((req, res) => {
    handle(req, res, store, limit).catch(() => {
      if (res.headersSent) res.destroy();
      else reply(res, pickLanguage(req.headers["accept-language"]), 500, { issues: [issue("api.internal")] });
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, store: Store, limit: number): Promise<void> {
  const lang = pickLanguage(req.headers["accept-language"]);
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";

  const kind = Object.hasOwn(COLLECTIONS, pathname) ? COLLECTIONS[pathname] : undefined;
  if (kind !== undefined) {
    if (req.method !== "POST") return notAllowed(req, res, lang, "POST");
    return post(req, res, lang, kind, store, limit);
  }

  const child = /^\/children\/([^/]+)$/.exec(pathname);
  if (child) {
    if (req.method !== "GET") return notAllowed(req, res, lang, "GET");
    let id: string;
    try {
      id = decodeURIComponent(child[1] ?? "");
    } catch {
      return reply(res, lang, 404, { issues: [issue("api.record.not-found")] });
    }
    const record = await store.child(id);
    if (!record) return reply(res, lang, 404, { issues: [issue("api.record.not-found")] });
    return reply(res, lang, 200, { record });
  }

  if (pathname === "/report") {
    if (req.method !== "GET") return notAllowed(req, res, lang, "GET");
    req.resume();
    const answer = await report(store, new URLSearchParams((req.url ?? "").split("?")[1] ?? ""));
    if ("issue" in answer) return reply(res, lang, 400, { issues: [answer.issue] });
    return replyText(res, lang, 200, answer.json);
  }

  req.resume();
  return reply(res, lang, 404, { issues: [issue("api.not-found")] });
}

function notAllowed(req: IncomingMessage, res: ServerResponse, lang: Lang, allow: string): void {
  req.resume();
  reply(res, lang, 405, { issues: [issue("api.method-not-allowed", [], { allow })] }, { allow });
}

async function post(req: IncomingMessage, res: ServerResponse, lang: Lang, kind: Kind, store: Store, limit: number): Promise<void> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return refuse(req, res, lang, 415, issue("api.body.media-type"));

  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return refuse(req, res, lang, 413, issue("api.body.too-large", [], { limit }));

  const body = await readBody(req, limit);
  if (body === "too-large") return refuse(req, res, lang, 413, issue("api.body.too-large", [], { limit }));

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return reply(res, lang, 400, { issues: [issue("api.body.invalid-json")] });
  }

  const list = Array.isArray(data) ? (data as unknown[]) : [data];
  if (list.length === 0) return reply(res, lang, 422, { issues: [issue("api.body.empty")] });
  // The checks against the store and the write run alone: no other request's write comes between.
  const result = await store.exclusive(async () => {
    const checked = await validate(kind, list, Array.isArray(data), store);
    if (checked.ok) await store.save(kind, checked.value);
    return checked;
  });
  if (!result.ok) return reply(res, lang, 422, { issues: result.issues });
  return reply(res, lang, 201, { records: result.value, issues: result.issues });
}

/**
 * Answer with an error before the body has been read, and close the connection: the rest of the
 * body is read and thrown away (never kept) so the client gets to see the answer.
 */
function refuse(req: IncomingMessage, res: ServerResponse, lang: Lang, status: number, why: Issue): void {
  reply(res, lang, status, { issues: [why] }, { connection: "close" });
  req.resume();
}

/** Read the body as UTF-8 text, giving up as soon as it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        chunks.length = 0;
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      // Invalid UTF-8 becomes U+FFFD, which JSON.parse then refuses or keeps as text.
      resolve(new TextDecoder("utf-8").decode(Buffer.concat(chunks)));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

type AnyRecord = Record<string, unknown>;

/** Validate every record with core, then check ids and references against the store. */
async function validate(kind: Kind, list: readonly unknown[], isArray: boolean, store: Store): Promise<Result<AnyRecord[]>> {
  const issues: Issue[] = [];
  const values: { value: AnyRecord; path: IssuePath }[] = [];
  list.forEach((input, i) => {
    const path: IssuePath = isArray ? [i] : [];
    const parsed = parse(kind, input, path);
    issues.push(...parsed.issues);
    if (parsed.ok) values.push({ value: parsed.value as AnyRecord, path });
  });
  if (values.length > 0) {
    const known = await knownIds(kind, values.map((v) => v.value), store);
    const seen = new Set<string>();
    for (const { value, path } of values) issues.push(...references(kind, value, path, known, seen));
  }
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, value: values.map((v) => v.value), issues };
}

function parse(kind: Kind, input: unknown, path: IssuePath): Result<unknown> {
  switch (kind) {
    case "children":
      return parseChild(input, { path });
    case "activities":
      return parseActivity(input, { path });
    case "sessions":
      return parseSession(input, { path });
    case "attendance":
      return parseAttendance(input, { path });
  }
}

/** The ids stored already that the records name: their own, and those they point to. */
interface Known {
  readonly own: Set<string>;
  readonly activities: Set<string>;
  readonly sessions: Set<string>;
  readonly children: Set<string>;
}

async function knownIds(kind: Kind, values: readonly AnyRecord[], store: Store): Promise<Known> {
  const ids = (field: string): string[] => values.map((v) => String(v[field]));
  const none = new Set<string>();
  switch (kind) {
    case "children":
      return { own: await store.existing("children", ids("childId")), activities: none, sessions: none, children: none };
    case "activities":
      return { own: await store.existing("activities", ids("activityId")), activities: none, sessions: none, children: none };
    case "sessions":
      return { own: await store.existing("sessions", ids("sessionId")), activities: await store.existing("activities", ids("activityId")), sessions: none, children: none };
    case "attendance": {
      const pairs = values.map((v) => ({ sessionId: String(v["sessionId"]), childId: String(v["childId"]) }));
      return { own: await store.existingAttendance(pairs), activities: none, sessions: await store.existing("sessions", ids("sessionId")), children: await store.existing("children", ids("childId")) };
    }
  }
}

function references(kind: Kind, value: AnyRecord, path: IssuePath, known: Known, seen: Set<string>): Issue[] {
  const found: Issue[] = [];
  const unique = (key: string, field: string, code = "api.id.duplicate"): void => {
    if (known.own.has(key) || seen.has(key)) found.push(issue(code, [...path, field]));
    seen.add(key);
  };
  const id = (field: string): string => String(value[field]);
  switch (kind) {
    case "children":
      unique(id("childId"), "childId");
      break;
    case "activities":
      unique(id("activityId"), "activityId");
      break;
    case "sessions":
      unique(id("sessionId"), "sessionId");
      if (!known.activities.has(id("activityId"))) found.push(issue("api.reference.unknown-activity", [...path, "activityId"]));
      break;
    case "attendance":
      unique(attendanceKey({ sessionId: id("sessionId"), childId: id("childId") }), "childId", "api.attendance.duplicate");
      if (!known.sessions.has(id("sessionId"))) found.push(issue("api.reference.unknown-session", [...path, "sessionId"]));
      if (!known.children.has(id("childId"))) found.push(issue("api.reference.unknown-child", [...path, "childId"]));
      break;
  }
  return found;
}

/** Send a JSON answer; issues get their message in `lang` and lose their params (which may hold raw values). */
function reply(
  res: ServerResponse,
  lang: Lang,
  status: number,
  body: { readonly issues?: readonly Issue[]; readonly [key: string]: unknown },
  headers: Readonly<Record<string, string>> = {},
): void {
  const out: Record<string, unknown> = { ...body };
  if (body.issues) out["issues"] = body.issues.map((i): ApiIssue => ({ code: i.code, path: i.path, severity: i.severity, message: formatIssue(i, { lang, messages: apiMessages }) }));
  replyText(res, lang, status, JSON.stringify(out), headers);
}

/** Send JSON text as it is. */
function replyText(res: ServerResponse, lang: Lang, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "content-language": lang,
    vary: "Accept-Language",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(text);
}

/**
 * Start the server on `127.0.0.1` and the port in `PORT` (default 3000), with its records in the
 * database the environment names (see {@link openStore}: PGlite in `DATA_DIR`, default `./data`,
 * or Postgres at `DATABASE_URL`). Closing the server closes the database.
 *
 * @param env - the environment to read `PORT`, `DATA_DIR` and `DATABASE_URL` from
 * @returns the listening server
 * @throws when `PORT` is not a port number, or the database cannot be opened
 */
export async function main(env: Readonly<Record<string, string | undefined>> = process.env): Promise<Server> {
  const port = Number(env["PORT"] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, 0 to 65535 (got ${JSON.stringify(env["PORT"])})`);
  const store = await openStore(env);
  const server = createServer({ store });
  server.once("close", () => void store.close());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  return server;
}

// Seeded generator of a realistic dataset for the import benchmark: activities, sessions,
// children and attendance (11 columns). Same seed, same bytes. Files go under bench/data/.
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WIJKEN = ["Groenewoud", "Wandelbos", "Binnenstad", "Zuiderkruis-Sint Anna", "Korvel – Oerlemans", "Fatimaparochie", "Reeshof", "Berkel-Enschot"];
const KINDS = ["course", "craft", "sport", "play", "outdoor-play", "holiday-programme", "outreach"];
const NAMES = ["Knutselclub", "Voetbal op het plein", "Kookcursus", "Buitenspelen", "Huiswerkhulp", "Theaterles", "Zomerweek"];
const ROLES = ["professional", "intern", "volunteer"];
const NOTES = ["", "", "", "", "", "", "", "kwam later", "ging eerder weg", "met broertje", "eerste keer", 'zei "hoi", bleef kort'];

const pad = (n) => String(n).padStart(2, "0");
const day = (r) => `2025-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;

/** A CSV cell, quoted when needed. */
const cell = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Write lines (an iterable of strings) to a file in 1 MiB pieces. */
export async function writeLines(path, lines) {
  const out = createWriteStream(path);
  let buf = "";
  for (const line of lines) {
    buf += line;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once("drain", r));
      buf = "";
    }
  }
  out.write(buf);
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

/**
 * Write the dataset (if not there yet) and return the paths.
 * @param {{ rows: number, invalidShare?: number, seed?: number, dir: string }} o
 */
export async function dataset({ rows, invalidShare = 0, seed = 42, dir }) {
  mkdirSync(dir, { recursive: true });
  // v2: a child's presence is the same every time a pair repeats (a repeat is a duplicate, not a conflict).
  const tag = `${rows}${invalidShare ? `-bad${Math.round(invalidShare * 100)}` : ""}-s${seed}-v2`;
  const paths = {
    activities: join(dir, `activities-${seed}.csv`),
    sessions: join(dir, `sessions-${seed}.csv`),
    children: join(dir, `children-${seed}.csv`),
    attendance: join(dir, `attendance-${tag}.csv`),
  };
  const r = rng(seed);
  const nActivities = 60;
  const nSessions = 20_000;
  const nChildren = 8_000;
  const activities = Array.from({ length: nActivities }, (_, i) => ({ id: `a-${i + 1}`, name: `${NAMES[i % NAMES.length]} ${i + 1}`, kind: KINDS[i % KINDS.length], wijk: WIJKEN[i % WIJKEN.length] }));
  const sessions = Array.from({ length: nSessions }, (_, i) => ({ id: `b-${i + 1}`, activity: activities[Math.floor(r() * nActivities)], date: day(r), start: `${pad(13 + Math.floor(r() * 6))}:${r() < 0.5 ? "00" : "30"}` }));
  const children = Array.from({ length: nChildren }, (_, i) => ({ id: `kw-${String(i + 1).padStart(5, "0")}`, groep: 1 + Math.floor(r() * 8), wijk: WIJKEN[Math.floor(r() * WIJKEN.length)] }));
  if (!existsSync(paths.activities)) {
    await writeLines(paths.activities, ["activityId,name,kind,neighbourhood,minAge,maxAge\n", ...activities.map((a) => `${a.id},${cell(a.name)},${a.kind},${cell(a.wijk)},4,12\n`)]);
    await writeLines(paths.sessions, ["sessionId,activityId,date,startTime,durationMinutes,professionals,volunteers\n", ...sessions.map((s) => `${s.id},${s.activity.id},${s.date},${s.start},90,1,2\n`)]);
    await writeLines(paths.children, ["childId,birthDate,gender,postcode,neighbourhood,groep\n", ...children.map((c) => `${c.id},${2013 + (c.groep % 8)}-0${1 + (c.groep % 9)}-15,${c.groep % 2 ? "girl" : "boy"},5025,${cell(c.wijk)},${c.groep}\n`)]);
  }
  if (!existsSync(paths.attendance)) {
    const ra = rng(seed + 1);
    function* lines() {
      yield "sessionId,childId,present,date,activityId,activityName,neighbourhood,groep,arrivedAt,registeredBy,note\n";
      for (let i = 0; i < rows; i++) {
        const s = sessions[Math.floor(ra() * nSessions)];
        const c = children[Math.floor(ra() * nChildren)];
        ra();
        // Present in 9 of 10 pairs, decided by the pair: the same session and child repeated say the same.
        const si = Number(s.id.slice(2));
        const ci = Number(c.id.slice(3));
        let present = (Math.imul(si, 0x9e3779b1) ^ Math.imul(ci, 0x85ebca6b)) >>> 0 < 0.9 * 2 ** 32 ? "ja" : "nee";
        let childId = c.id;
        let date = s.date;
        if (invalidShare > 0 && ra() < invalidShare) {
          const k = Math.floor(ra() * 3);
          if (k === 0) present = "misschien";
          else if (k === 1) childId = "";
          else date = "31-02-2025";
        }
        yield `${s.id},${childId},${present},${date},${s.activity.id},${cell(s.activity.name)},${cell(c.wijk)},${c.groep},${s.start},${ROLES[Math.floor(ra() * 3)]},${cell(NOTES[Math.floor(ra() * NOTES.length)])}\n`;
      }
    }
    await writeLines(paths.attendance, lines());
  }
  return { ...paths, bytes: statSync(paths.attendance).size };
}

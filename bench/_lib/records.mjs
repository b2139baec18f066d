// A seeded generator of in-memory kinderwerk records for the reporting benchmark.
// Same seed, same records: runs are comparable across machines and commits.

import { rng } from "./dataset.mjs";

const pad = (n) => String(n).padStart(2, "0");
const dateOf = (epochDay) => {
  const d = new Date(epochDay * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const KINDS = ["course", "craft", "sport", "play", "outdoor-play", "holiday-programme", "outreach"];
const LINES = ["social-inclusion", "safety", "strong-parents", "equal-opportunities", "citizenship", "custom-work"];
const PILLARS = ["child", "family", "environment"];
const GENDERS = ["girl", "boy", "other", "unknown"];
const HOODS = ["Noord", "Oost", "Zuid", "West", "Centrum", "Haven", "Park", "Veld"];
const CATEGORIES = ["poverty", "bullying", "tension-at-home", "loneliness", "development", "other"];
const DESTINATIONS = ["cjg", "gp", "jgz", "wijkteam", "veilig-thuis", "leisure"];
const STATUSES = ["sent", "accepted", "declined", "completed", "withdrawn"];

/**
 * Make a dataset: activities, sessions over 2024-2025, children aged 2..14, and `attendances`
 * attendance records (about 5% absent, about 1% duplicates), plus signals and referrals. Every id
 * starts with `prefix` (one organisation's ids never meet another's: pseudonyms are per organisation).
 */
export function makeRecords({ seed = 20250101, attendances = 1_000_000, children = 30_000, sessions = 20_000, activities = 300, prefix = "" } = {}) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const start = Math.round(Date.UTC(2024, 0, 1) / 86_400_000);
  const acts = Array.from({ length: activities }, (_, i) => ({
    activityId: `${prefix}a${i}`,
    name: `Activiteit ${i}`,
    kind: pick(KINDS),
    programmeLines: [pick(LINES), ...(r() < 0.3 ? [pick(LINES)] : [])],
    pillars: [pick(PILLARS)],
    neighbourhood: pick(HOODS),
    partners: r() < 0.5 ? [{ name: `Partner ${i % 40}` }] : [],
    minAge: 4,
    maxAge: 12,
    ageRangeWidened: false,
  }));
  const sess = Array.from({ length: sessions }, (_, i) => ({
    sessionId: `${prefix}s${i}`,
    activityId: `${prefix}a${Math.floor(r() * activities)}`,
    date: dateOf(start + Math.floor(r() * 731)),
    durationMinutes: 30 + 15 * Math.floor(r() * 8),
    professionals: 1 + Math.floor(r() * 2),
    interns: Math.floor(r() * 2),
    volunteers: Math.floor(r() * 4),
  }));
  const kids = Array.from({ length: children }, (_, i) => ({
    childId: `${prefix}k${String(i).padStart(6, "0")}`,
    birthDate: dateOf(start - 365 * 2 - Math.floor(r() * 365 * 12)),
    gender: pick(GENDERS),
    neighbourhood: r() < 0.9 ? pick(HOODS) : undefined,
  }));
  const att = new Array(attendances);
  for (let i = 0; i < attendances; i++) {
    const dup = i > 0 && r() < 0.01;
    att[i] = dup
      ? { ...att[i - 1] }
      : { sessionId: sess[Math.floor(r() * sessions)].sessionId, childId: kids[Math.floor(r() * children)].childId, present: r() >= 0.05 };
  }
  const signals = Array.from({ length: Math.floor(children / 20) }, (_, i) => ({
    signalId: `${prefix}sg${i}`,
    childId: pick(kids).childId,
    date: dateOf(start + Math.floor(r() * 731)),
    category: pick(CATEGORIES),
    observedBy: "professional",
    confidentiality: "confidential",
  }));
  const referrals = Array.from({ length: Math.floor(children / 40) }, (_, i) => {
    const sent = start + Math.floor(r() * 731);
    return {
      referralId: `${prefix}r${i}`,
      childId: pick(kids).childId,
      destination: pick(DESTINATIONS),
      createdOn: dateOf(sent),
      sentOn: dateOf(sent),
      respondedOn: r() < 0.7 ? dateOf(sent + Math.floor(r() * 30)) : undefined,
      status: pick(STATUSES),
    };
  });
  return { activities: acts, sessions: sess, children: kids, attendance: att, signals, referrals };
}

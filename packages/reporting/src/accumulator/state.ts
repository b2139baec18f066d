// The serialised partial state of a report accumulator: normalised facts, pseudonymous ids and counts.
import * as z from "zod";
import { V2State } from "./v2State.js";

/** The format tag of a serialised partial state. */
export const STATE_FORMAT = "kinderwerk.reporting.state" as const;

/** The version of the serialised partial state this package writes and reads. */
export const STATE_VERSION = 2 as const;

const Id = z.string().min(1).max(200);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Code = z.string().min(1).max(200);
const Count = z.int().min(0).max(1_000_000);

/** The configuration two partial states must share to merge. */
export const StateConfig = z.object({
  from: Day,
  to: Day,
  filter: z.record(z.string(), z.array(z.string())),
  regularsThreshold: z.int().min(1).max(1000),
  holidays: z.array(z.tuple([Day, Day])).nullable(),
  followUpCatalogue: z.string().max(200),
  ageBands: z.array(z.tuple([z.string().min(1).max(20), z.int().min(0).max(30), z.int().min(0).max(30)])).min(1).max(12),
});
/** The configuration two partial states must share to merge. */
export type StateConfig = z.infer<typeof StateConfig>;

/** Session facts: activity id, date, minutes, professionals, interns, volunteers. */
export const SessionFact = z.tuple([Id, Day, z.int().min(1).max(1440), Count, Count, Count]);
/** Session facts. */
export type SessionFact = z.infer<typeof SessionFact>;

/** Activity facts: kind, programme lines, pillars, in scope of the filter (1) or not (0). */
export const ActivityFact = z.tuple([Code, z.array(Code), z.array(Code), z.union([z.literal(0), z.literal(1)])]);
/** Activity facts. */
export type ActivityFact = z.infer<typeof ActivityFact>;

/**
 * Child facts, one string: gender, the age band on the period's first day, whether the band changes
 * inside the period (`1`) or not (`0`), and the neighbourhood (empty when unknown), separated by
 * U+0001, the neighbourhood last. No birth date and no birthday: when two records of one child
 * disagree, the one whose facts sort first counts.
 */
export const ChildFact = z.string().max(1000);
/** Child facts. */
export type ChildFact = z.infer<typeof ChildFact>;

/**
 * For a child whose band changes inside the period: the date of its first counted attendance that
 * the part saw, and its band on that date. The reporting age needs no more (INDICATORS.md), so a
 * state never holds a birth date or the day a band changes.
 */
export const AgeAnchor = z.tuple([Day, Code]);
/** An age anchor. */
export type AgeAnchor = z.infer<typeof AgeAnchor>;

/** Signal facts: date and category. */
export const SignalFact = z.tuple([Day, Code]);
/** Signal facts. */
export type SignalFact = z.infer<typeof SignalFact>;

/** Referral facts: destination, sentOn, respondedOn, closedOn, status, follow-up date (`null` when absent). */
export const ReferralFact = z.tuple([Code, Day.nullable(), Day.nullable(), Day.nullable(), Code, Day.nullable()]);
/** Referral facts. */
export type ReferralFact = z.infer<typeof ReferralFact>;

/** A serialised partial state (JSON). */
export const ReportState = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  config: StateConfig,
  sessions: z.array(z.tuple([Id, ...SessionFact.def.items])),
  activities: z.array(z.tuple([Id, ...ActivityFact.def.items])),
  children: z.array(z.union([z.tuple([Id, ChildFact]), z.tuple([Id, ChildFact, ...AgeAnchor.def.items])])),
  attendance: z.array(z.tuple([Id, z.array(Id)])),
  signals: z.array(z.tuple([Id, ...SignalFact.def.items])),
  referrals: z.array(z.tuple([Id, ...ReferralFact.def.items])),
  /** The facts of FORMAT.md version 2; left out when there are none. */
  v2: V2State.optional(),
});
/** A serialised partial state (JSON). */
export type ReportState = z.infer<typeof ReportState>;

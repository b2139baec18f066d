// The serialised partial state of a report accumulator: normalised facts, pseudonymous ids and counts.
import * as z from "zod";

/** The format tag of a serialised partial state. */
export const STATE_FORMAT = "kinderwerk.reporting.state" as const;

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
 * Child facts, one string: gender, the age band on the period's first day, the band changes inside
 * the period (`date=band` joined by commas) and the neighbourhood (empty when unknown), separated by
 * U+0001, the neighbourhood last. One string per child keeps the state small and makes conflicting
 * duplicates cheap to order.
 */
export const ChildFact = z.string().max(1000);
/** Child facts. */
export type ChildFact = z.infer<typeof ChildFact>;

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
  version: z.literal(1),
  config: StateConfig,
  sessions: z.array(z.tuple([Id, ...SessionFact.def.items])),
  activities: z.array(z.tuple([Id, ...ActivityFact.def.items])),
  children: z.array(z.tuple([Id, ChildFact])),
  attendance: z.array(z.tuple([Id, z.array(Id)])),
  signals: z.array(z.tuple([Id, ...SignalFact.def.items])),
  referrals: z.array(z.tuple([Id, ...ReferralFact.def.items])),
});
/** A serialised partial state (JSON). */
export type ReportState = z.infer<typeof ReportState>;

// The facts of the tables of FORMAT.md version 2 in a serialised partial state: staff, staffing,
// sign-ups, meldcode trajectories, budget lines, targets and neighbourhoods, and the version 2
// columns of the first tables (a child's household, an activity's capacity, a referral's signal).
import * as z from "zod";

const Id = z.string().min(1).max(200);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Code = z.string().min(1).max(200);

/** Staff facts: role, VOG date, last meldcode training (`null` when not given). No name, ever. */
export const StaffFact = z.tuple([Code.nullable(), Day.nullable(), Day.nullable()]);
/** Staff facts. */
export type StaffFact = z.infer<typeof StaffFact>;

/** Staffing facts: staff id, date, hours, kind (`null` when not given). */
export const StaffingFact = z.tuple([Id, Day, z.number().gt(0).max(24), Code.nullable()]);
/** Staffing facts. */
export type StaffingFact = z.infer<typeof StaffingFact>;

/** Sign-up facts: activity id, child id, sign-up date, status and placement date (`null` when not given). */
export const SignupFact = z.tuple([Id, Id, Day, Code.nullable(), Day.nullable()]);
/** Sign-up facts. */
export type SignupFact = z.infer<typeof SignupFact>;

/** Meldcode facts: started on, decision and decided on (`null` while open). */
export const MeldcodeFact = z.tuple([Day, Code.nullable(), Day.nullable()]);
/** Meldcode facts. */
export type MeldcodeFact = z.infer<typeof MeldcodeFact>;

/** Budget-line facts: funder kind, amount in euros, from, to, programme line (`null` when not given). No funder name. */
export const BudgetFact = z.tuple([Code.nullable(), z.number().min(0).max(1e10), Day, Day, Code.nullable()]);
/** Budget-line facts. */
export type BudgetFact = z.infer<typeof BudgetFact>;

/** Target facts: indicator id, the number agreed, from and to (`null` when not given). */
export const TargetFact = z.tuple([Id, z.number().min(0).max(1e10), Day.nullable(), Day.nullable()]);
/** Target facts. */
export type TargetFact = z.infer<typeof TargetFact>;

/** The version 2 part of a partial state; left out of states of version 1 data. */
export const V2State = z.object({
  /** The version 2 tables that came (with records, or declared present). */
  tables: z.array(Code).max(20),
  staff: z.array(z.tuple([Id, ...StaffFact.def.items])),
  staffing: z.array(StaffingFact),
  signups: z.array(SignupFact),
  meldcode: z.array(z.tuple([Id, ...MeldcodeFact.def.items])),
  budgets: z.array(BudgetFact),
  targets: z.array(TargetFact),
  /** Neighbourhood code and its population aged 4 to 12 (`null` when not given). */
  neighbourhoods: z.array(z.tuple([Code, z.int().min(0).max(10_000_000).nullable()])),
  /** Child id and household id. */
  households: z.array(z.tuple([Id, Id])),
  /** Activity id and capacity. */
  capacities: z.array(z.tuple([Id, z.int().min(1).max(100_000)])),
  /** Referral id and the signal it names. */
  referralSignals: z.array(z.tuple([Id, Id])),
});
/** The version 2 part of a partial state. */
export type V2State = z.infer<typeof V2State>;

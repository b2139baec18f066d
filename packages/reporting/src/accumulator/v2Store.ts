// The facts a report keeps of the tables of FORMAT.md version 2, and of the version 2 columns of the
// first tables. Keyed tables keep one fact per id by the rule of keep.ts; tables without a key
// (staffing, sign-ups, budget lines, targets) keep every row, so that merging parts appends them.
import { isCalendarDate, isTableName } from "@kinderwerk/core";
import type { Activity, Budget, Child, MeldcodeTrajectory, NeighbourhoodRecord, Referral, Signup, StaffMember, Staffing, TableName, Target } from "@kinderwerk/core";
import { keep } from "./keep.js";
import type { TaggedReportRecord } from "./recordFacts.js";
import type { BudgetFact, MeldcodeFact, SignupFact, StaffFact, StaffingFact, TargetFact, V2State } from "./v2State.js";

/** The tables of FORMAT.md version 2. */
export const V2_TABLES = ["staff", "staffing", "signups", "meldcode", "budgets", "targets", "neighbourhoods"] as const;
/** A table of FORMAT.md version 2. */
export type V2Table = (typeof V2_TABLES)[number];

const isV2Table = (t: string): t is V2Table => (V2_TABLES as readonly string[]).includes(t);
const dayOrNull = (d: string | undefined): string | null => (isCalendarDate(d) ? d : null);

/** The version 2 facts of a report accumulator. */
export class V2Store {
  /** The version 2 tables that came with records, and any table declared present. */
  readonly tables = new Set<TableName>();
  readonly staff = new Map<string, StaffFact>();
  readonly staffing: StaffingFact[] = [];
  readonly signups: SignupFact[] = [];
  readonly meldcode = new Map<string, MeldcodeFact>();
  readonly budgets: BudgetFact[] = [];
  readonly targets: TargetFact[] = [];
  readonly neighbourhoods = new Map<string, [number | null]>();
  readonly households = new Map<string, [string]>();
  readonly capacities = new Map<string, [number]>();
  readonly referralSignals = new Map<string, [string]>();

  /** Whether any version 2 fact came: a version 2 table, a household or a capacity (a referral's signal is a version 1 column). */
  get used(): boolean {
    return [...this.tables].some(isV2Table) || this.households.size > 0 || this.capacities.size > 0;
  }

  /** Whether it holds nothing at all (a state of version 1 data leaves the version 2 part out). */
  get empty(): boolean {
    return this.tables.size === 0 && this.households.size === 0 && this.capacities.size === 0 && this.referralSignals.size === 0;
  }

  /**
   * Mark a table present, also without records (an empty file is a table with nothing in it).
   *
   * @param table - a table name
   */
  declare(table: TableName): void {
    this.tables.add(table);
  }

  /**
   * Keep a record of a table of FORMAT.md version 2; records of other tables are left.
   *
   * @param tagged - the record with its table
   */
  addRecord(tagged: TaggedReportRecord): void {
    switch (tagged.table) {
      case "staff":
        return this.addStaff(tagged.record);
      case "staffing":
        return this.addStaffing(tagged.record);
      case "signups":
        return this.addSignup(tagged.record);
      case "meldcode":
        return this.addMeldcode(tagged.record);
      case "budgets":
        return this.addBudget(tagged.record);
      case "targets":
        return this.addTarget(tagged.record);
      case "neighbourhoods":
        return this.addNeighbourhood(tagged.record);
      default:
        return;
    }
  }

  /** Keep a staff member's role and dates; never a name. */
  addStaff(s: Pick<StaffMember, "staffId"> & Partial<StaffMember>): void {
    this.tables.add("staff");
    keep(this.staff, s.staffId, [s.role ?? null, dayOrNull(s.vogDate), dayOrNull(s.meldcodeTrainingDate)]);
  }

  /** Keep one staffing row. */
  addStaffing(s: Pick<Staffing, "staffId" | "date" | "hours"> & Partial<Staffing>): void {
    this.tables.add("staffing");
    this.staffing.push([s.staffId, s.date, s.hours, s.kind ?? null]);
  }

  /** Keep one sign-up. */
  addSignup(s: Pick<Signup, "activityId" | "childId" | "date"> & Partial<Signup>): void {
    this.tables.add("signups");
    this.signups.push([s.activityId, s.childId, s.date, s.status ?? null, dayOrNull(s.placedOn)]);
  }

  /** Keep a meldcode trajectory's start and decision. */
  addMeldcode(m: Pick<MeldcodeTrajectory, "trajectoryId" | "startedOn"> & Partial<MeldcodeTrajectory>): void {
    this.tables.add("meldcode");
    const decided = m.decision === undefined ? null : dayOrNull(m.decidedOn);
    keep(this.meldcode, m.trajectoryId, [m.startedOn, decided === null ? null : (m.decision ?? null), decided]);
  }

  /** Keep one budget line, without the funder's name. */
  addBudget(b: Pick<Budget, "from" | "to"> & Partial<Budget>): void {
    this.tables.add("budgets");
    this.budgets.push([b.funderKind ?? null, b.amount ?? 0, b.from, b.to, b.programmeLine ?? null]);
  }

  /** Keep one target. */
  addTarget(t: Pick<Target, "indicator" | "target"> & Partial<Target>): void {
    this.tables.add("targets");
    this.targets.push([t.indicator, t.target, dayOrNull(t.from), dayOrNull(t.to)]);
  }

  /** Keep a neighbourhood's population aged 4 to 12. */
  addNeighbourhood(n: Pick<NeighbourhoodRecord, "code"> & Partial<NeighbourhoodRecord>): void {
    this.tables.add("neighbourhoods");
    keep(this.neighbourhoods, n.code, [n.population4to12 ?? null]);
  }

  /** Keep the version 2 columns of a child, an activity or a referral. */
  addColumns(table: "children" | "activities" | "referrals", record: Partial<Child> & Partial<Activity> & Partial<Referral>): void {
    if (table === "children" && record.householdId !== undefined && record.childId !== undefined) keep(this.households, record.childId, [record.householdId]);
    else if (table === "activities" && record.capacity !== undefined && record.activityId !== undefined) keep(this.capacities, record.activityId, [record.capacity]);
    else if (table === "referrals" && record.signalId !== undefined && record.referralId !== undefined) keep(this.referralSignals, record.referralId, [record.signalId]);
  }

  /**
   * Add another store's facts (or a serialised one's): keyed facts by the keep rule, rows appended.
   *
   * @param other - the other store, or a version 2 state
   */
  merge(other: V2Store | V2State): void {
    const s = other instanceof V2Store ? other.toState() : other;
    for (const t of s.tables) if (isTableName(t)) this.tables.add(t);
    for (const [id, ...f] of s.staff) keep(this.staff, id, f);
    for (const [id, ...f] of s.meldcode) keep(this.meldcode, id, f);
    for (const [code, p] of s.neighbourhoods) keep(this.neighbourhoods, code, [p]);
    for (const [id, h] of s.households) keep(this.households, id, [h]);
    for (const [id, c] of s.capacities) keep(this.capacities, id, [c]);
    for (const [id, sg] of s.referralSignals) keep(this.referralSignals, id, [sg]);
    this.staffing.push(...s.staffing.map((r) => [...r] as StaffingFact));
    this.signups.push(...s.signups.map((r) => [...r] as SignupFact));
    this.budgets.push(...s.budgets.map((r) => [...r] as BudgetFact));
    this.targets.push(...s.targets.map((r) => [...r] as TargetFact));
  }

  /**
   * The version 2 part of a partial state.
   *
   * @returns the state part
   */
  toState(): V2State {
    const rows = <T extends readonly unknown[]>(map: ReadonlyMap<string, T>): [string, ...T][] => [...map].map(([id, f]) => [id, ...f] as [string, ...T]);
    return {
      tables: [...this.tables].sort(),
      staff: rows(this.staff),
      staffing: [...this.staffing],
      signups: [...this.signups],
      meldcode: rows(this.meldcode),
      budgets: [...this.budgets],
      targets: [...this.targets],
      neighbourhoods: rows(this.neighbourhoods),
      households: rows(this.households),
      capacities: rows(this.capacities),
      referralSignals: rows(this.referralSignals),
    } as V2State;
  }
}

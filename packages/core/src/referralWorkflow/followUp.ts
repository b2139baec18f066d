import { safeParse } from "../_lib/safeParse.js";
import type { CalendarDate } from "../calendarDate/index.js";
import { addDays, assertCalendarDate, daysBetween } from "../calendarDate/index.js";
import type { Catalogue, Catalogues } from "../catalogue/index.js";
import { defaultCatalogues, findEntry } from "../catalogue/index.js";
import { coreIssue } from "../issues/codes.js";
import type { Issue, Result } from "../issues/issue.js";
import { ok } from "../issues/issue.js";
import { Referral as ReferralSchema } from "../referral/index.js";

// The follow-up of referrals: when a sent referral should have had an answer, and which are overdue.

/** The follow-up period used when a destination has none in the catalogue. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/**
 * The default follow-up date of a referral: the sent date plus the destination's `followUpDays`
 * from the catalogue (or {@link DEFAULT_FOLLOW_UP_DAYS}).
 *
 * @param destination - the destination code
 * @param sentOn - the date the referral was sent
 * @param destinations - the referral destinations catalogue (default: the default catalogue)
 * @returns the follow-up date
 * @throws {@link DateError} `dates.invalid-date` when `sentOn` is not a real calendar date
 * @example
 * defaultFollowUpOn("veilig-thuis", "2025-10-01"); // => "2025-10-08"
 * defaultFollowUpOn("leisure", "2025-10-01"); // => "2025-10-29"
 */
export function defaultFollowUpOn(destination: string, sentOn: CalendarDate, destinations: Catalogue = defaultCatalogues.referralDestinations): CalendarDate {
  return addDays(sentOn, findEntry(destinations, destination)?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS);
}

/** A referral whose follow-up date has passed. */
export interface OverdueReferral {
  readonly referralId: string;
  readonly childId: string;
  readonly destination: string;
  readonly status: "sent" | "accepted";
  readonly followUpOn: CalendarDate;
  /** Whole days from the follow-up date to `now`, at least 1. */
  readonly daysOverdue: number;
}

/**
 * The open referrals (sent or accepted) whose follow-up date lies before `now`, most overdue first.
 * A record without `followUpOn` gets the default for its destination ({@link defaultFollowUpOn}).
 *
 * Takes records as they come (an array from a form, a database or JSON): each is checked against the
 * {@link Referral} schema first. A record that is not a valid referral is skipped with a warning
 * `referral.overdue.skipped` at its index; so is an open referral without a `sentOn`, which cannot
 * be followed up. Run `parseReferral` for the full list of what is wrong with a record.
 *
 * @param referrals - flat referral records (see {@link toReferralRecord} for workflow states)
 * @param now - today's date, passed in
 * @param options - the catalogues in use
 * @returns the overdue referrals (always `ok`), with a warning per skipped record
 * @throws {@link DateError} `dates.invalid-date` when `now` is not a real calendar date
 * @example
 * overdueReferrals([{ referralId: "v-1", childId: "kw-0101", destination: "veilig-thuis", createdOn: "2025-10-01", sentOn: "2025-10-01", status: "sent", consent: "not-needed" }, null], "2025-10-10");
 * // => { ok: true, value: [{ referralId: "v-1", childId: "kw-0101", destination: "veilig-thuis", status: "sent", followUpOn: "2025-10-08", daysOverdue: 2 }],
 * //      issues: [{ code: "referral.overdue.skipped", severity: "warning", path: [1], params: {} }] }
 */
export function overdueReferrals(referrals: readonly unknown[], now: CalendarDate, options: { readonly catalogues?: Catalogues } = {}): Result<OverdueReferral[]> {
  const destinations = (options.catalogues ?? defaultCatalogues).referralDestinations;
  assertCalendarDate(now, "now");
  const out: OverdueReferral[] = [];
  const skipped: Issue[] = [];
  referrals.forEach((input, index) => {
    const parsed = safeParse(ReferralSchema, input);
    if (!parsed.ok) {
      skipped.push(coreIssue("referral.overdue.skipped", [index], {}, "warning"));
      return;
    }
    const r = parsed.value;
    if (r.status !== "sent" && r.status !== "accepted") return;
    if (r.sentOn === undefined) {
      skipped.push(coreIssue("referral.overdue.skipped", [index], {}, "warning"));
      return;
    }
    const followUpOn = r.followUpOn ?? defaultFollowUpOn(r.destination, r.sentOn, destinations);
    if (followUpOn < now) {
      out.push({ referralId: r.referralId, childId: r.childId, destination: r.destination, status: r.status, followUpOn, daysOverdue: daysBetween(followUpOn, now) });
    }
  });
  return ok(
    out.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.referralId < b.referralId ? -1 : 1)),
    skipped,
  );
}

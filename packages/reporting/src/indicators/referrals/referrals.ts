// Indicator group "referrals": referrals sent in the period, by destination, accepted, the median
// days to a response, and referrals overdue at the end of the period.
import { dayNumber } from "@kinderwerk/core";
import { medianDays } from "../../_lib/median.js";
import type { ReferralFact } from "../../accumulator/state.js";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { catalogueCodes, countKey, rowsOf } from "../rows.js";

/** The ids of the group, in report order. */
export const REFERRAL_IDS = ["referrals", "referrals.byDestination", "referrals.accepted", "referrals.medianDaysToResponse", "referrals.overdue"] as const;

/** The values of the group. */
export interface ReferralValues {
  readonly referrals: number;
  readonly "referrals.byDestination": readonly ResultRow[];
  readonly "referrals.accepted": number;
  /** `null` when no referral sent in the period had a response by its end. */
  readonly "referrals.medianDaysToResponse": number | null;
  readonly "referrals.overdue": number;
}

/** Whether a referral was still `sent` at the end of the period: sent by then, and not yet answered or closed by then. */
function stillSentAt(to: string, [, , respondedOn, closedOn, status]: ReferralFact): boolean {
  if (status === "draft") return false;
  if (status === "sent") return (respondedOn === null || respondedOn > to) && (closedOn === null || closedOn > to);
  const movedOn = respondedOn ?? closedOn;
  return movedOn !== null && movedOn > to;
}

function compute(facts: PeriodFacts): GroupResult<ReferralValues> {
  const { from, to } = facts;
  let referrals = 0;
  let accepted = 0;
  let overdue = 0;
  const byDestination = new Map<string, number>();
  const responseDays: number[] = [];
  for (const [, r] of facts.referrals) {
    const [destination, sentOn, respondedOn, , status, followUp] = r;
    if (sentOn === null || sentOn > to) continue;
    if (sentOn >= from) {
      referrals++;
      countKey(byDestination, destination);
      if ((status === "accepted" || status === "completed") && (respondedOn === null || respondedOn <= to)) accepted++;
      if (respondedOn !== null && respondedOn <= to && respondedOn >= sentOn) responseDays.push(dayNumber(respondedOn) - dayNumber(sentOn));
    }
    if (stillSentAt(to, r) && followUp !== null && followUp < to) overdue++;
  }
  return {
    values: {
      referrals,
      "referrals.byDestination": rowsOf(byDestination, catalogueCodes(facts.inputs.catalogues, "referralDestinations")),
      "referrals.accepted": accepted,
      "referrals.medianDaysToResponse": medianDays(responseDays),
      "referrals.overdue": overdue,
    },
    raw: { respondedReferrals: responseDays.length },
  };
}

/** Referrals and how they went. */
export const referralsGroup: IndicatorGroup<(typeof REFERRAL_IDS)[number], ReferralValues> = {
  name: "referrals",
  ids: REFERRAL_IDS,
  specs: {
    referrals: scalar({
      unit: "count",
      definition: "Referrals sent in the period.",
      disclosure: "count",
      label: l("Verwijzingen", "Referrals"),
      description: l("Verwijzingen verstuurd in de periode.", "Referrals sent in the period."),
    }),
    "referrals.byDestination": breakdown({
      unit: "count",
      definition: "Referrals sent in the period, by destination; rows add up to referrals.",
      disclosure: "additive-breakdown",
      label: l("Verwijzingen naar bestemming", "Referrals by destination"),
      description: l("Verwijzingen naar de organisatie waarnaar verwezen is.", "Referrals by the organisation referred to."),
      keyLabel: l("Verwezen naar", "Referred to"),
    }),
    "referrals.accepted": scalar({
      unit: "count",
      definition: "Of the referrals sent in the period, those accepted or completed by the end of the period.",
      disclosure: "count",
      label: l("Verwijzingen geaccepteerd", "Referrals accepted"),
      description: l("Verwijzingen die aan het eind van de periode geaccepteerd of afgerond zijn.", "Referrals accepted or completed by the end of the period."),
    }),
    "referrals.medianDaysToResponse": scalar({
      unit: "days",
      decimals: 1,
      definition: "Median days from sent to responded, over responded referrals sent in the period.",
      disclosure: "median",
      label: l("Mediane reactietijd op verwijzingen", "Median days to a response to a referral"),
      description: l("Mediaan van de dagen van versturen tot reactie.", "Median of the days from sending to a response."),
    }),
    "referrals.overdue": scalar({
      unit: "count",
      definition: "Referrals still sent at the end of the period whose follow-up date has passed.",
      disclosure: "count",
      label: l("Verwijzingen zonder reactie na de termijn", "Referrals overdue"),
      description: l(
        "Verwijzingen zonder reactie aan het eind van de periode waarvan de opvolgdatum verstreken is.",
        "Referrals without a response at the end of the period whose follow-up date has passed.",
      ),
    }),
  },
  compute,
};

// Indicator group "referralTimes" (INDICATORS.md version 2): how long from a signal to a referral,
// and from a referral to its closing.
import { dayNumber } from "@kinderwerk/core";
import { medianDays } from "../../_lib/median.js";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { l, scalar } from "../group.js";

/** The ids of the group, in report order. */
export const REFERRAL_TIME_IDS = ["referrals.medianDaysFromSignal", "referrals.medianDaysToClose"] as const;

/** The values of the group; `null` when no referral is behind a median. */
export interface ReferralTimeValues {
  readonly "referrals.medianDaysFromSignal"?: number | null | undefined;
  readonly "referrals.medianDaysToClose"?: number | null | undefined;
}

function compute(facts: PeriodFacts): GroupResult<ReferralTimeValues> {
  const { from, to } = facts;
  const fromSignal: number[] = [];
  const toClose: number[] = [];
  for (const [id, [, sentOn, , closedOn]] of facts.referrals) {
    if (sentOn === null) continue;
    if (sentOn >= from && sentOn <= to) {
      const signalId = facts.v2.referralSignals.get(id)?.[0];
      const signal = signalId === undefined ? undefined : facts.signals.get(signalId);
      if (signal !== undefined && signal[0] <= sentOn) fromSignal.push(dayNumber(sentOn) - dayNumber(signal[0]));
    }
    if (closedOn !== null && closedOn >= from && closedOn <= to && closedOn >= sentOn) toClose.push(dayNumber(closedOn) - dayNumber(sentOn));
  }
  return {
    values: { "referrals.medianDaysFromSignal": medianDays(fromSignal), "referrals.medianDaysToClose": medianDays(toClose) },
    basis: { "referrals.medianDaysFromSignal": fromSignal.length, "referrals.medianDaysToClose": toClose.length },
  };
}

/** Times from signal to referral to closing. */
export const referralTimesGroup: IndicatorGroup<(typeof REFERRAL_TIME_IDS)[number], ReferralTimeValues> = {
  name: "referralTimes",
  ids: REFERRAL_TIME_IDS,
  specs: {
    "referrals.medianDaysFromSignal": scalar({
      unit: "days",
      decimals: 1,
      definition: "Median of sentOn − signal date over referrals sent in the period that name a signal.",
      disclosure: "median",
      version: 2,
      tables: ["referrals", "signals"],
      label: l("Mediane tijd van signaal tot verwijzing", "Median days from signal to referral"),
      description: l("Mediaan van de dagen van het signaal tot het versturen van de verwijzing.", "Median of the days from the signal to sending the referral."),
    }),
    "referrals.medianDaysToClose": scalar({
      unit: "days",
      decimals: 1,
      definition: "Median of closedOn − sentOn over referrals closed in the period.",
      disclosure: "median",
      version: 2,
      tables: ["referrals"],
      label: l("Mediane doorlooptijd van verwijzingen", "Median days to close a referral"),
      description: l("Mediaan van de dagen van versturen tot afsluiten.", "Median of the days from sending to closing."),
    }),
  },
  compute,
};

// Group "referralTimes" in SQL (INDICATORS.md version 2): the median days from the signal a referral
// names to sending it, over referrals sent in the period; and from sending to closing, over
// referrals closed in the period.
import { tableRef } from "../../schema/ddl.js";
import { medianSql, numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** Times from signal to referral to closing. */
export const referralTimesSql: SqlIndicatorGroup = {
  name: "referralTimes",
  ids: ["referrals.medianDaysFromSignal", "referrals.medianDaysToClose"],
  async compute(ctx) {
    const { from, to } = ctx;
    const fromSignal = `FROM ${tableRef("referrals")} r JOIN ${tableRef("signals")} g ON g.signal_id = r.signal_id
    WHERE r.sent_on >= ${from} AND r.sent_on <= ${to} AND g.date <= r.sent_on`;
    const toClose = `FROM ${tableRef("referrals")} WHERE sent_on IS NOT NULL AND closed_on >= ${from} AND closed_on <= ${to} AND closed_on >= sent_on`;
    const [row] = await ctx.db.query(`SELECT
  (SELECT ${medianSql("r.sent_on - g.date")} ${fromSignal}) AS from_signal, (SELECT COUNT(*) ${fromSignal}) AS from_signal_n,
  (SELECT ${medianSql("closed_on - sent_on")} ${toClose}) AS to_close, (SELECT COUNT(*) ${toClose}) AS to_close_n`);
    return {
      values: { "referrals.medianDaysFromSignal": numberOf(row, "from_signal"), "referrals.medianDaysToClose": numberOf(row, "to_close") },
      basis: { "referrals.medianDaysFromSignal": numberOf(row, "from_signal_n") ?? 0, "referrals.medianDaysToClose": numberOf(row, "to_close_n") ?? 0 },
    };
  },
};

import * as z from "zod";
import { match } from "ts-pattern";
import type { Result } from "../issues/issue.js";
import { fail, ok } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";
import type { Labels } from "../labels/index.js";

/**
 * The answers to the five questions of the afwegingskader (step 4 of the meldcode). Questions 2–5
 * are answered only when the earlier answers lead there; question 5 is answered later, when the
 * help that was offered is evaluated.
 *
 * - `suspicion` — q1: is there a suspicion of domestic violence or child abuse?
 * - `acuteOrStructuralUnsafety` — q2: is there acute and/or structural unsafety?
 * - `canOfferEffectiveHelp` — q3: can I offer or organise effective help?
 * - `helpAccepted` — q4: do those involved accept the help and commit to it?
 * - `helpReachesSafety` — q5: does the help reach the needed safety within the desired time?
 */
export const AfwegingskaderAnswers = z.object({
  suspicion: z.boolean(),
  acuteOrStructuralUnsafety: z.boolean().optional(),
  canOfferEffectiveHelp: z.boolean().optional(),
  helpAccepted: z.boolean().optional(),
  helpReachesSafety: z.boolean().optional(),
});
/** The answers to the five questions of the afwegingskader. */
export type AfwegingskaderAnswers = z.infer<typeof AfwegingskaderAnswers>;

/** The decisions of the meldcode: report to Veilig Thuis, offer or organise help, or close. */
export const MELDCODE_DECISIONS = ["report", "help", "close"] as const;
/** A decision of the meldcode. */
export type MeldcodeDecision = (typeof MELDCODE_DECISIONS)[number];

/** The rules of the afwegingskader that lead to a decision, named after the question that decides. */
export const AFWEGINGSKADER_RULES = [
  "q1-no-suspicion",
  "q2-acute-or-structural-unsafety",
  "q3-no-effective-help",
  "q4-help-not-accepted",
  "q4-help-accepted",
  "q5-safety-not-reached",
  "q5-safety-reached",
] as const;
/** A rule of the afwegingskader. */
export type AfwegingskaderRule = (typeof AFWEGINGSKADER_RULES)[number];

/** Labels of the decisions, in Dutch and English. */
export const meldcodeDecisionLabels: Readonly<Record<MeldcodeDecision, Labels>> = {
  report: { nl: "Melden bij Veilig Thuis", en: "Report to Veilig Thuis" },
  help: { nl: "Hulp bieden of organiseren", en: "Offer or organise help" },
  close: { nl: "Afsluiten", en: "Close" },
};

/** Labels of the rules, in Dutch and English. */
export const afwegingskaderRuleLabels: Readonly<Record<AfwegingskaderRule, Labels>> = {
  "q1-no-suspicion": { nl: "Geen vermoeden: afsluiten en vastleggen", en: "No suspicion: close and record" },
  "q2-acute-or-structural-unsafety": { nl: "Acute en/of structurele onveiligheid: melden", en: "Acute and/or structural unsafety: report" },
  "q3-no-effective-help": { nl: "Geen passende hulp mogelijk: melden", en: "No effective help possible: report" },
  "q4-help-not-accepted": { nl: "Hulp niet aanvaard: melden", en: "Help not accepted: report" },
  "q4-help-accepted": { nl: "Hulp aanvaard: hulp bieden en volgen", en: "Help accepted: offer help and follow it" },
  "q5-safety-not-reached": { nl: "Veiligheid niet op tijd bereikt: (opnieuw) melden", en: "Safety not reached in time: (re)report" },
  "q5-safety-reached": { nl: "Veiligheid bereikt: afsluiten met vervolgafspraken", en: "Safety reached: close with follow-up agreements" },
};

/** The outcome of the afwegingskader: the decision, the rule that led there, and whether follow-up agreements are made. */
export interface AfwegingskaderOutcome {
  readonly decision: MeldcodeDecision;
  readonly rule: AfwegingskaderRule;
  /** `true` when the trajectory closes with follow-up agreements (q5 yes). */
  readonly followUpAgreements: boolean;
}

const outcome = (decision: MeldcodeDecision, rule: AfwegingskaderRule, followUpAgreements = false): AfwegingskaderOutcome => ({
  decision,
  rule,
  followUpAgreements,
});

const missing = (question: number, field: string) => fail<AfwegingskaderOutcome>([coreIssue("meldcode.answer.missing", [field], { question })]);

/**
 * Walk the five questions of the afwegingskader and return the decision and the rule that led
 * there. Acute or structural unsafety (q2) always leads to a report, whatever the later answers.
 * Without an answer to q5 an accepted offer of help gives `help`; once q5 is answered (after the
 * help was evaluated) it gives a (re)report or a close with follow-up agreements.
 *
 * @param answers - the answers; a question the earlier answers lead to must be answered
 * @returns the outcome, or `meldcode.answer.missing` with `{ question }` for the first question that
 *   needs an answer
 * @example
 * decideAfwegingskader({ suspicion: false });
 * // => { ok: true, value: { decision: "close", rule: "q1-no-suspicion", followUpAgreements: false }, issues: [] }
 * decideAfwegingskader({ suspicion: true, acuteOrStructuralUnsafety: true, canOfferEffectiveHelp: true });
 * // => value: { decision: "report", rule: "q2-acute-or-structural-unsafety", … }
 * decideAfwegingskader({ suspicion: true, acuteOrStructuralUnsafety: false, canOfferEffectiveHelp: true, helpAccepted: true });
 * // => value: { decision: "help", rule: "q4-help-accepted", … }
 */
export function decideAfwegingskader(answers: AfwegingskaderAnswers): Result<AfwegingskaderOutcome> {
  const a = answers;
  if (!a.suspicion) return ok(outcome("close", "q1-no-suspicion"));
  if (a.acuteOrStructuralUnsafety === undefined) return missing(2, "acuteOrStructuralUnsafety");
  if (a.acuteOrStructuralUnsafety) return ok(outcome("report", "q2-acute-or-structural-unsafety"));
  if (a.canOfferEffectiveHelp === undefined) return missing(3, "canOfferEffectiveHelp");
  if (!a.canOfferEffectiveHelp) return ok(outcome("report", "q3-no-effective-help"));
  if (a.helpAccepted === undefined) return missing(4, "helpAccepted");
  if (!a.helpAccepted) return ok(outcome("report", "q4-help-not-accepted"));
  return ok(
    match(a.helpReachesSafety)
      .with(undefined, () => outcome("help", "q4-help-accepted"))
      .with(false, () => outcome("report", "q5-safety-not-reached"))
      .with(true, () => outcome("close", "q5-safety-reached", true))
      .exhaustive(),
  );
}

import type { CoreIssueCode } from "../issues/codes.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the meldcode trajectory: the afwegingskader's answers, signals about another child. */
export const meldcodeMessages = {
  "meldcode.answer.missing": {
    nl: (p) => `Beantwoord vraag ${String(p["question"])} van het afwegingskader: de eerdere antwoorden leiden daarheen.`,
    en: (p) => `Answer question ${String(p["question"])} of the afwegingskader: the earlier answers lead there.`,
  },
  "meldcode.answer.too-early": {
    nl: () => "Vraag 5 (bereikt de hulp op tijd de nodige veiligheid?) wordt pas beantwoord bij de evaluatie van de hulp.",
    en: () => "Question 5 (does the help reach the needed safety in time?) is answered only when the help is evaluated.",
  },
  "meldcode.child.mismatch": {
    nl: () => "Deze signalen gaan over een ander kind dan het meldcodetraject. Start een apart traject.",
    en: () => "These signals are about another child than the meldcode trajectory. Start a separate trajectory.",
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `meldcode.${string}`>>;

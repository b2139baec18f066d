import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the issue of an id that holds a BSN. */
export const idMessages = {
  "child.childId.bsn": {
    nl: () => "Kind-ID lijkt op een BSN. Een welzijnsorganisatie mag geen BSN verwerken: gebruik een pseudoniem.",
    en: () => "Child ID looks like a BSN (citizen service number). A welfare organisation may not process BSNs: use a pseudonym.",
  },
} satisfies MessagesFor<"child.childId.bsn">;

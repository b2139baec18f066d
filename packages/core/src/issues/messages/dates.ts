import type { MessageTable } from "./types.js";

/** Messages for the dates issue codes. */
export const datesMessages: MessageTable = {};

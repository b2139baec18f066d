import type { MessageTable } from "./types.js";

/** Messages for the workflows issue codes. */
export const workflowsMessages: MessageTable = {};

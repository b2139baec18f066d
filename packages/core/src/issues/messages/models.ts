import type { MessageTable } from "./types.js";

/** Messages for the models issue codes. */
export const modelsMessages: MessageTable = {};

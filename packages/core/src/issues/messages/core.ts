import { datesMessages } from "./dates.js";
import { modelsMessages } from "./models.js";
import type { MessageTable } from "./types.js";
import { valueMessages } from "./values.js";
import { workflowsMessages } from "./workflows.js";

/** Every message of `@kinderwerk/core`, in Dutch and English, by issue code. */
export const coreMessages: MessageTable = {
  ...valueMessages,
  ...modelsMessages,
  ...datesMessages,
  ...workflowsMessages,
};

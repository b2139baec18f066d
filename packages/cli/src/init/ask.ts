// The questions of `kinderwerk init` at the terminal, with Inquirer's select prompt: arrow keys and
// Enter, or the first letters of a choice; read from the run's stdin, written to its stdout.

import { Writable } from "node:stream";
import select from "@inquirer/select";
import type { TextSink } from "../_lib/io.js";
import type { Ask } from "./propose.js";

/** Thrown when the answers stop coming (stdin closed, Ctrl+C): the run ends without a mapping. */
export class NoAnswer extends Error {}

/**
 * An {@link Ask} on the terminal.
 *
 * @param input - where the answers come from
 * @param output - where the questions go
 * @returns the asker
 */
export function terminalAsk(input: NodeJS.ReadableStream, sink: TextSink): Ask {
  // The prompt writes to a stream, and ends it when done: a new one a question over the run's
  // stdout, which may be no stream (in-process runs).
  const output = (): Writable =>
    Object.assign(new Writable({ write: (chunk: Buffer | string, _encoding, done) => (sink.write(chunk.toString()), done()) }), { isTTY: sink.isTTY === true, columns: sink.columns ?? 80 });
  return {
    async select(question) {
      try {
        return await select(
          { message: question.message, choices: question.choices.map((c) => ({ name: c.name, value: c.value })), ...(question.default === undefined ? {} : { default: question.default }), pageSize: 12, loop: false },
          { input, output: output(), clearPromptOnDone: false },
        );
      } catch (error) {
        if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) throw new NoAnswer(error.message);
        throw error;
      }
    },
  };
}

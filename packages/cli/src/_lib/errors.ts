// A failure that stops a command: printed as one line, exit code 2.

/** An error that stops the command with a one-line reason (exit code 2). */
export class CliError extends Error {
  readonly kwCliError = true;
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Whether a thrown value is a {@link CliError}. */
export function isCliError(error: unknown): error is CliError {
  return typeof error === "object" && error !== null && (error as { kwCliError?: unknown }).kwCliError === true;
}

/** A short, one-line description of any thrown value (never a stack trace). */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/)[0]?.trim() || "unknown error";
}

// A progress bar on stderr, drawn only when stderr is a terminal and not asked to be quiet.

import type { TextSink } from "./io.js";

/** A progress bar (or a silent stand-in). */
export interface Progress {
  /** Set the total amount of work (when it becomes known). */
  total(total: number): void;
  /** Report that `done` units of the total are done. */
  update(done: number, label?: string): void;
  /** Finish: clear the bar's line. */
  done(): void;
}

const SILENT: Progress = { total() {}, update() {}, done() {} };

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  readonly sink: TextSink;
  readonly label: string;
  readonly quiet: boolean;
  /** Smallest time between two redraws in milliseconds (default 80). */
  readonly intervalMs?: number;
  /** The clock, for tests (default `Date.now`). */
  readonly clock?: () => number;
}

/**
 * A progress bar `label [#########---------]  48% 4.812/10.000` on a terminal, redrawn in place at
 * most every `intervalMs`; silent when the sink is not a terminal or `quiet` is set.
 */
export function createProgress(options: ProgressOptions): Progress {
  const { sink, quiet } = options;
  if (quiet || sink.isTTY !== true) return SILENT;
  const clock = options.clock ?? Date.now;
  const interval = options.intervalMs ?? 80;
  let total = 0;
  let last = -Infinity;
  let drawn = false;
  let label = options.label;
  const width = (): number => Math.max(10, Math.min(30, (sink.columns ?? 80) - label.length - 30));
  const draw = (done: number): void => {
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const w = width();
    const filled = Math.round(share * w);
    const bar = "#".repeat(filled) + "-".repeat(w - filled);
    const pct = `${Math.floor(share * 100)}`.padStart(3);
    const count = total > 0 ? ` ${done}/${total}` : ` ${done}`;
    sink.write(`\r${label} [${bar}] ${pct}%${count}\x1b[K`);
    drawn = true;
  };
  return {
    total(t) {
      total = Math.max(0, t);
    },
    update(done, newLabel) {
      if (newLabel !== undefined) label = newLabel;
      const now = clock();
      if (now - last < interval && done < total) return;
      last = now;
      draw(done);
    },
    done() {
      if (drawn) sink.write("\r\x1b[K");
      drawn = false;
    },
  };
}

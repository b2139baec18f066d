import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

const sink = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { chunks, sink: { write: (s: string) => chunks.push(s), isTTY, columns: 80 } };
};

describe("createProgress", () => {
  it("draws nothing when the stream is not a terminal", () => {
    const s = sink(false);
    const p = createProgress({ sink: s.sink, label: "Lezen", quiet: false });
    p.total(10);
    p.update(5);
    p.done();
    expect(s.chunks).toEqual([]);
  });

  it("draws nothing when quiet, even on a terminal", () => {
    const s = sink(true);
    const p = createProgress({ sink: s.sink, label: "Lezen", quiet: true });
    p.update(1);
    expect(s.chunks).toEqual([]);
  });

  it("draws a bar with the share done on a terminal and clears it at the end", () => {
    const s = sink(true);
    let t = 0;
    const p = createProgress({ sink: s.sink, label: "Lezen", quiet: false, clock: () => (t += 1000) });
    p.total(4);
    p.update(1);
    p.update(4);
    p.done();
    expect(s.chunks[0]).toMatch(/^\rLezen \[#+-+\]  25% 1\/4/);
    expect(s.chunks[1]).toMatch(/100% 4\/4/);
    expect(s.chunks[2]).toBe("\r\x1b[K");
  });
});

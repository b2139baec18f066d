import { describe, expect, it } from "vitest";
import { scanPersonalData } from "../piiScan/index.js";
import { echo } from "./index.js";

describe("the echo policy's shapes", () => {
  it("hold no personal data the scan can find, so the scan need not run on what is echoed", () => {
    // Every text of the three shapes that echo lets through, over the ranges people type.
    const echoed: string[] = [];
    for (const sep of ["-", "/", "."]) {
      for (let d = 0; d <= 32; d++) for (let m = 0; m <= 13; m++) for (const y of ["2015", "15", "1999", "2030", "0", "9999"]) {
        echoed.push(`${d}${sep}${m}${sep}${y}`, `${y}${sep}${m}${sep}${d}`, `${String(d).padStart(2, "0")}${sep}${String(m).padStart(2, "0")}${sep}${y}`);
      }
    }
    for (let h = 0; h <= 99; h++) for (const mm of ["00", "15", "30", "59", "75", "99"]) echoed.push(`${h}:${mm}`, `${h}.${mm}`);
    for (let n = 0; n < 1_000_000; n += 7) echoed.push(String(n), `-${n}`, `${n},5`, `0${n}`.slice(0, 6));
    const shown = echoed.filter((t) => echo(t, ["value"]) !== undefined);
    expect(shown.length).toBeGreaterThan(100_000);
    expect(shown.filter((t) => scanPersonalData(t).length > 0)).toEqual([]);
  });
});

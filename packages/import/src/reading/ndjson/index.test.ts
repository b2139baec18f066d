import { describe, expect, it } from "vitest";
import { readTable } from "../readRows.js";

describe("NDJSON and JSON arrays", () => {
  it("reads NDJSON with line numbers as rows, reports a bad line and grows the header for new keys", async () => {
    const r = await readTable('{"childId":"kw-1","groep":3}\n\nnot json\n[1]\n{"childId":"kw-2","postcode":"5025","lists":["a","b"],"x":null}\n', { name: "kinderen.ndjson" });
    if (!r.ok) throw new Error("read failed");
    expect(r.value.header.cells).toEqual(["childId", "groep", "postcode", "lists", "x"]);
    expect(r.value.rows).toEqual([
      { row: 1, line: 1, cells: ["kw-1", "3"], kinds: ["string", "number"] },
      { row: 5, line: 5, cells: ["kw-2", "", "5025", "a|b", ""], kinds: ["string", "empty", "string", "string", "null"] },
    ]);
    expect(r.issues.map((i) => [i.code, i.params["row"]])).toEqual([
      ["ndjson.invalid-line", 3],
      ["ndjson.not-an-object", 4],
    ]);
  });

  it("gives up on a file that is entirely invalid, with a bounded issue list", async () => {
    const r = await readTable("nope\n".repeat(100_000), { format: "ndjson" });
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBeLessThanOrEqual(101);
    expect(r.issues.at(-1)?.code).toBe("ndjson.invalid-line");
  });

  it("reads a JSON array of objects with the union of keys as header", async () => {
    const r = await readTable('[{"a":1,"b":true},{"c":"x"},5]');
    if (!r.ok) throw new Error("read failed");
    expect(r.value.header).toMatchObject({ format: "json", cells: ["a", "b", "c"] });
    expect(r.value.rows.map((x) => [x.row, x.cells])).toEqual([
      [2, ["1", "true", ""]],
      [3, ["", "", "x"]],
    ]);
    expect(r.issues[0]).toMatchObject({ code: "json.not-an-object", params: { row: 4 } });
  });

  it("refuses JSON that is not an array, broken or too large", async () => {
    const code = async (text: string, limits = {}) => {
      const r = await readTable(text, { format: "json", limits });
      return r.ok ? "" : r.issues.at(-1)?.code;
    };
    expect(await code('{"a":1}')).toBe("json.not-an-array");
    expect(await code("[{")).toBe("json.invalid");
    expect(await code(`[${'{"a":1},'.repeat(1000)}{}]`, { maxJsonBytes: 1000 })).toBe("json.too-large");
  });
});

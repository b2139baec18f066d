import { describe, expect, it } from "vitest";
import { parseReportDocument } from "../../document/index.js";
import { fixture } from "../_fixture.js";
import { renderJson } from "./index.js";

describe("renderJson", () => {
  it("prints the fixture document as pretty JSON", async () => {
    await expect(renderJson(fixture)).toMatchFileSnapshot("./__snapshots__/report.json");
  });

  it("prints the same text whatever order the keys were built in", () => {
    const shuffled = JSON.parse(JSON.stringify(fixture), (_k, v: unknown) =>
      v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as typeof fixture;
    expect(Object.keys(shuffled)[0]).not.toBe("definitionsVersion");
    expect(renderJson(shuffled)).toBe(renderJson(fixture));
  });

  it("starts with the contract's fields in the contract's order and ends with a newline", () => {
    const text = renderJson({ suppressionThreshold: 5, indicators: [], period: { to: "2025-12-31", from: "2025-01-01" }, definitionsVersion: 1 });
    expect(text).toBe('{\n  "definitionsVersion": 1,\n  "period": {\n    "from": "2025-01-01",\n    "to": "2025-12-31"\n  },\n  "suppressionThreshold": 5,\n  "indicators": []\n}\n');
  });

  it("reads back as the same document", () => {
    const back = parseReportDocument(JSON.parse(renderJson(fixture)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value).toEqual(fixture);
  });

  it("writes a suppressed value as null with suppressed true", () => {
    const text = renderJson(fixture);
    expect(text).toContain('"key": "under-4",\n          "value": null,\n          "suppressed": true');
  });

  it("writes a suppressed value as null even when the document carries one by mistake", () => {
    const doc = { ...fixture, indicators: [{ id: "reach", unit: "children", value: 3, suppressed: true }] } as unknown as typeof fixture;
    expect(renderJson(doc)).toContain('"id": "reach",\n      "unit": "children",\n      "value": null,\n      "suppressed": true');
  });
});

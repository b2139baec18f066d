import { describe, expect, it } from "vitest";
import { createCatalogues } from "../catalogue/index.js";
import { JSON_SCHEMA_MODELS, toJsonSchemas } from "./index.js";

describe("toJsonSchemas", () => {
  it("gives a draft 2020-12 schema of every model", () => {
    const schemas = toJsonSchemas();
    expect(Object.keys(schemas)).toEqual([...JSON_SCHEMA_MODELS]);
    for (const name of JSON_SCHEMA_MODELS) {
      expect(schemas[name]).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema" });
      expect(schemas[name]["$id"]).toBe(`https://kinderwerk.dev/schema/v1/${name}.schema.json`);
    }
  });
  it("states the required fields and the rules JSON Schema can express", () => {
    const { child, session, activity } = toJsonSchemas();
    expect(child["required"]).toEqual(["childId", "birthDate"]);
    expect(session["required"]).toEqual(["sessionId", "activityId", "date", "durationMinutes"]);
    expect(session).toMatchObject({ properties: { durationMinutes: { type: "integer", minimum: 1, maximum: 1440 } } });
    expect(activity).toMatchObject({ properties: { kind: { enum: expect.arrayContaining(["holiday-programme", "outreach"]) } } });
  });
  it("turns the codes of the catalogues in use into enums", () => {
    const own = createCatalogues({ pillars: { id: "p", version: "1", entries: [{ code: "school", labels: { nl: "School", en: "School" } }] } });
    if (!own.ok) throw new Error("valid catalogue");
    const { activity } = toJsonSchemas({ catalogues: own.value });
    expect(activity).toMatchObject({ properties: { pillars: { items: { enum: ["school"] } } } });
    expect(toJsonSchemas().signal).toMatchObject({ properties: { category: { enum: expect.arrayContaining(["unsafe-home"]) } } });
  });
  it("describes the workflow events as one choice per event type, with the catalogue's destinations", () => {
    const { meldcodeEvent, referralEvent, referralConsent, referral } = toJsonSchemas();
    const types = (schema: Record<string, unknown>) => (schema["oneOf"] as { properties: { type: { const: string } } }[]).map((o) => o.properties.type.const);
    expect(types(meldcodeEvent)).toEqual(["signals-mapped", "colleague-consulted", "veilig-thuis-consulted", "conversation-held", "conversation-skipped", "weighed", "help-evaluated", "acute-report"]);
    expect(types(referralEvent)).toContain("declined");
    const created = (referralEvent["oneOf"] as { properties: Record<string, unknown> }[])[0];
    expect(created?.properties["destination"]).toMatchObject({ enum: expect.arrayContaining(["veilig-thuis", "cjg"]) });
    expect(referralConsent["oneOf"]).toHaveLength(3);
    expect(referral).toMatchObject({ properties: { consentGround: { enum: ["meldrecht", "no-personal-data"] }, declineReason: { enum: expect.arrayContaining(["no-capacity"]) } } });
  });
  it("describes age bands as a list and a holiday year as an object", () => {
    const { ageBands, holidayCalendarYear } = toJsonSchemas();
    expect(ageBands).toMatchObject({ type: "array", minItems: 1, maxItems: 12 });
    expect(holidayCalendarYear).toMatchObject({ type: "object", required: expect.arrayContaining(["schoolYear", "holidays"]) });
  });
  it("is plain JSON", () => {
    const schemas = toJsonSchemas();
    expect(JSON.parse(JSON.stringify(schemas))).toEqual(schemas);
  });
});

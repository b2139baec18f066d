import { describe, expect, it } from "vitest";
import { formatIssue } from "../messages/index.js";
import { issue } from "../issues/issue.js";
import { codeOf } from "../vocabulary/index.js";
import {
  checkCodes,
  createCatalogues,
  defaultCatalogues,
  defaultPillars,
  defaultProgrammeLines,
  defaultReferralDestinations,
  defaultSignalCategories,
  findEntry,
  parseCatalogue,
} from "./index.js";

const own = {
  id: "lijnen-2026",
  version: "2026.1",
  entries: [
    { code: "sport-en-bewegen", labels: { nl: "Sport en bewegen", en: "Sport and exercise" } },
    { code: "taal", labels: { nl: "Taal", en: "Language" } },
  ],
};

describe("default catalogues", () => {
  it("hold the codes of the exchange format", () => {
    expect(defaultProgrammeLines.entries.map((e) => e.code)).toEqual([
      "social-inclusion",
      "safety",
      "strong-parents",
      "equal-opportunities",
      "citizenship",
      "custom-work",
    ]);
    expect(defaultPillars.entries.map((e) => e.code)).toEqual(["child", "family", "environment"]);
    expect(defaultSignalCategories.entries.map((e) => e.code)).toEqual([
      "unsafe-home",
      "tension-at-home",
      "poverty",
      "health-weight",
      "bullying",
      "loneliness",
      "development",
      "neglect",
      "other",
    ]);
    expect(defaultReferralDestinations.entries.map((e) => e.code)).toEqual([
      "veilig-thuis",
      "cjg",
      "jgz",
      "gp",
      "school-social-work",
      "wijkteam",
      "social-work",
      "youth-work",
      "leisure",
      "other",
    ]);
  });
  it("are valid catalogues themselves", () => {
    for (const catalogue of Object.values(defaultCatalogues)) expect(parseCatalogue(catalogue).ok).toBe(true);
  });
  it("give every referral destination a follow-up period", () => {
    expect(defaultReferralDestinations.entries.every((e) => typeof e.followUpDays === "number")).toBe(true);
  });
});

describe("parseCatalogue", () => {
  it("accepts an organisation's own catalogue", () => {
    expect(parseCatalogue(own)).toMatchObject({ ok: true, value: own });
  });
  it("rejects duplicate codes", () => {
    const result = parseCatalogue({ ...own, entries: [...own.entries, { code: "taal", labels: { nl: "Taal 2", en: "Language 2" } }] });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "catalogue.code.duplicate", path: ["entries", 2, "code"], params: { code: "taal" } }),
    ]);
  });
  it("rejects a missing English label and an ill-formed code", () => {
    const result = parseCatalogue({ ...own, entries: [{ code: "Sport En", labels: { nl: "Sport" } }] });
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["value.code", "entries.0.code"],
      ["value.required", "entries.0.labels.en"],
    ]);
  });
  it("rejects an empty catalogue and a blank label", () => {
    expect(parseCatalogue({ ...own, entries: [] }).issues[0]?.code).toBe("value.too-few");
    expect(parseCatalogue({ ...own, entries: [{ code: "x", labels: { nl: "  ", en: "X" } }] }).issues[0]?.code).toBe("value.required");
  });
});

describe("createCatalogues", () => {
  it("replaces one kind and keeps the defaults for the rest", () => {
    const result = createCatalogues({ programmeLines: own });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.programmeLines.id).toBe("lijnen-2026");
    expect(result.value.pillars).toBe(defaultPillars);
  });
  it("reports issues of a replacement under its kind", () => {
    const result = createCatalogues({ pillars: { id: "p", version: "1", entries: [{ code: "kind" }] } });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toEqual(["pillars", "entries", 0, "labels"]);
  });
});

describe("lookups", () => {
  it("finds entries by code and codes by label in either language", () => {
    expect(findEntry(defaultPillars, "family")?.labels.nl).toBe("Gezin");
    expect(codeOf(defaultPillars, "leefomgeving")).toBe("environment");
    expect(codeOf(defaultPillars, "Living environment")).toBe("environment");
    expect(codeOf(defaultPillars, "school")).toBeUndefined();
  });
  it("reports unknown codes with their position", () => {
    expect(checkCodes(defaultPillars, ["child", "school"], ["pillars"])).toEqual([
      expect.objectContaining({
        code: "catalogue.code.unknown",
        path: ["pillars", 1],
        params: { catalogue: "kinderwerk-pillars", allowed: ["child", "family", "environment"] },
      }),
    ]);
  });
  it("never echoes an unknown code, so a BSN typed as a category stays out of the message", () => {
    const [found] = checkCodes(defaultSignalCategories, ["111222333"], ["category"]);
    expect(found?.params).not.toHaveProperty("value");
    const text = formatIssue(issue(found!.code, ["category"], found!.params));
    expect(text).toBe(
      "Categorie heeft een code die niet in de catalogus staat. Kies uit: unsafe-home, tension-at-home, poverty, health-weight, bullying, loneliness, development, neglect, other.",
    );
    expect(text).not.toContain("111222333");
  });
});

describe("bad input", () => {
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error("trap");
      },
      ownKeys() {
        throw new Error("trap");
      },
      getOwnPropertyDescriptor() {
        throw new Error("trap");
      },
    },
  );
  it("parseCatalogue turns an unreadable value into an issue instead of throwing", () => {
    expect(parseCatalogue(trap)).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.unreadable" })] });
  });
  it("createCatalogues rejects null and hostile replacements without throwing", () => {
    expect(createCatalogues(null as never)).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.type", path: [] })] });
    expect(createCatalogues({ pillars: trap })).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.unreadable", path: ["pillars"] })] });
    expect(createCatalogues(trap as never)).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.unreadable", path: [] })] });
  });
});

import { describe, expect, it } from "vitest";
import { importTable } from "../../pipeline/index.js";
import { parseMapping } from "./index.js";

const mapping = {
  table: "children",
  columns: { "Client nr": "childId", "Geb. datum": "geboortedatum", "Sekse": "gender", "Intern kenmerk": null },
  codes: { gender: { "1": "jongen", "2": "meisje", "9": "unknown" } },
} as const;

describe("mapping another system's export", () => {
  it("maps their columns and codes to ours", async () => {
    const csv = "Client nr;Geb. datum;Sekse;Intern kenmerk;Wijk\nC-001;14-09-2015;2;abc;Noord\nC-002;3-1-2018;1;def;Zuid\nC-003;1-1-2017;7;;\n";
    const r = await importTable(csv, { mapping });
    expect(r.table).toBe("children");
    expect(r.records).toEqual([
      { childId: "C-001", birthDate: "2015-09-14", gender: "girl", neighbourhood: "Noord" },
      { childId: "C-002", birthDate: "2018-01-03", gender: "boy", neighbourhood: "Zuid" },
    ]);
    expect(r.issues.map((i) => i.message)).toEqual(['Rij 4, kolom Sekse: Dit is geen geldige waarde. Kies uit: girl, boy, other, unknown.']);
  });
  it("is validated against the table", () => {
    const bad = parseMapping({ columns: { X: "schoenmaat" }, codes: { gender: { "1": "kater" }, wijk: { a: "b" } } }, "children");
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.code)).toEqual(["mapping.unknown-field", "mapping.unknown-code", "mapping.not-a-code-field"]);
    const good = parseMapping({ codes: { categorie: { "P": "Pesten" } } }, "signals");
    expect(good.ok && good.value.codes["category"]?.get("p")).toBe("bullying");
  });
  it("rejects every row when the mapping is wrong, and says why", async () => {
    const r = await importTable("a\n1\n2\n", { table: "children", mapping: { columns: { a: "nope" } } });
    expect(r.counts).toMatchObject({ rows: 2, accepted: 0, rejected: 2 });
    expect(r.issues[0]?.message).toBe('De koppeling verwijst naar veld "nope", dat de tabel kinderen niet heeft.');
  });
});

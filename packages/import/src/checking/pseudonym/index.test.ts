import { describe, expect, it } from "vitest";
import { importDataset, importTable } from "../../pipeline/index.js";
import { createPseudonymiser } from "./index.js";

const KEY = "geheime-sleutel-van-de-organisatie";

describe("pseudonyms", () => {
  it("are stable for one key and differ between keys", async () => {
    const a = await createPseudonymiser({ key: KEY });
    const b = await createPseudonymiser({ key: KEY });
    const c = await createPseudonymiser({ key: `${KEY}-2` });
    const p = await a.pseudonym("kw-0101");
    expect(p).toMatch(/^kp-[a-z2-7]{16}$/);
    expect(await b.pseudonym("kw-0101")).toBe(p);
    expect(await c.pseudonym("kw-0101")).not.toBe(p);
    expect(await a.pseudonym("kw-0102")).not.toBe(p);
  });
  it("refuses a short key without showing it", async () => {
    await expect(createPseudonymiser({ key: "kort-geheim" })).rejects.toThrow(TypeError);
    await expect(createPseudonymiser({ key: "kort-geheim" })).rejects.not.toThrow(/kort-geheim/);
  });
  it("replace child ids in every table consistently, and the key never appears in the output", async () => {
    const r = await importDataset(
      [
        { name: "kinderen.csv", source: "kindId,geboortedatum\nkw-1,1-1-2015\n" },
        { name: "activiteiten.csv", source: "activiteitId,naam,soort\na-1,Voetbal,sport\n" },
        { name: "bijeenkomsten.csv", source: "bijeenkomstId,activiteitId,datum,duurMinuten\nb-1,a-1,2025-10-01,60\n" },
        { name: "aanwezigheid.csv", source: "bijeenkomstId,kindId\nb-1,kw-1\nb-1,kw 2\n" },
      ],
      { pseudonymise: { key: KEY } },
    );
    const child = r.tables.children!.records[0]!["childId"];
    expect(child).toMatch(/^kp-/);
    expect(r.tables.attendance!.records).toEqual([{ sessionId: "b-1", childId: child, present: true }]);
    // the invalid local id is not echoed either, since child ids are being pseudonymised
    // (a rejects file keeps the coordinator's own cells so the row can be fixed: it is left out here)
    const out = JSON.stringify(r, (k, v: unknown) => (k === "rejects" ? undefined : v));
    expect(r.tables.attendance!.rejects!.rows[0]!.cells).toEqual(["b-1", "kw 2"]);
    expect(out).not.toContain(KEY);
    expect(out).not.toContain("kw-1");
    expect(out).not.toContain("kw 2");
    const single = await importTable("kindId,geboortedatum\nkw-1,1-1-2015\n", { table: "children", pseudonymise: { key: KEY } });
    expect(single.records[0]!["childId"]).toBe(child);
  });

  it("replace child ids in every table that has one, from the specs: sign-ups and meldcode trajectories too", async () => {
    const r = await importDataset(
      [
        { name: "kinderen.csv", source: "kindId;geboortedatum\nkw-0101;14-03-2016\nkw-0103;30-06-2015\n" },
        { name: "activiteiten.csv", source: "activiteitId;naam;soort\nact-1;Voetbal;sport\n" },
        { name: "signalen.csv", source: "Signaal ID;Kind ID;Datum;Categorie;Gesignaleerd door\ns-1;kw-0103;08-10-2025;Pesten;Beroepskracht\n" },
        { name: "aanmeldingen.csv", source: "Activiteit ID;Kind ID;Datum;Status\nact-1;kw-0101;01-09-2025;Geplaatst\n" },
        { name: "meldcode.csv", source: "Traject ID;Kind ID;Signaal ID;Gestart op;Stap\nmc-1;kw-0103;s-1;09-10-2025;3\n" },
      ],
      { pseudonymise: { key: KEY } },
    );
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    const [a, b] = r.tables.children!.records.map((c) => c["childId"]);
    expect(r.tables.signups!.records.map((x) => x["childId"])).toEqual([a]);
    expect(r.tables.meldcode!.records.map((x) => x["childId"])).toEqual([b]);
    expect(JSON.stringify(r, (k, v: unknown) => (k === "rejects" ? undefined : v))).not.toMatch(/kw-010[13]/);
  });
});

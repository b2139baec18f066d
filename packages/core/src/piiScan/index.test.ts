import { describe, expect, it } from "vitest";
import { formatIssue } from "../messages/index.js";
import { personalDataIssues, redact, scanPersonalData } from "./index.js";

const kinds = (text: string) => scanPersonalData(text).map((f) => [f.kind, text.slice(f.start, f.end)]);

describe("scanPersonalData", () => {
  it("finds a BSN that passes the 11-test, and not nine digits that fail it", () => {
    expect(kinds("BSN 111222333 genoemd")).toEqual([["bsn", "111222333"]]);
    expect(kinds("nummer 123456789")).toEqual([]);
  });

  it.each([
    ["belt 06-12345678 terug", "06-12345678"],
    ["belt 0612345678 terug", "0612345678"],
    ["belt 06 1234 5678 terug", "06 1234 5678"],
    ["tel: 06.12.34.56.78", "06.12.34.56.78"],
    ["mobiel +31 6 12345678", "+31 6 12345678"],
    ["mobiel +31 (0)6-1234 5678", "+31 (0)6-1234 5678"],
    ["mobiel 0031612345678.", "0031612345678"],
    ["vast 010-1234567", "010-1234567"],
    ["vast (010) 123 45 67", "(010) 123 45 67"],
  ])("finds the Dutch phone number in %j", (text, found) => {
    expect(kinds(text)).toEqual([["phone", found]]);
  });

  it("does not take dates, times or counts for phone numbers", () => {
    expect(kinds("op 12-10-2025 om 10:30 met 3 kinderen, 2015 en 12 jaar")).toEqual([]);
    expect(kinds("op 01-02-2025 10 kinderen, 06-10-2025 12:30 uur, 6.10.2025 14")).toEqual([]);
  });

  it("finds e-mail addresses and leaves a trailing full stop out", () => {
    expect(kinds("mail jan.de.vries@example.com.")).toEqual([["email", "jan.de.vries@example.com"]]);
    expect(kinds("twitter @kinderwerk of a@b")).toEqual([]);
  });

  it.each([
    ["woont op 5025 KL 12", "5025 KL 12"],
    ["woont op 5025KL, nr 12", "5025KL, nr 12"],
    ["woont op 5025kl 12", "5025kl 12"],
    ["Dorpsstraat 12, 5025 KL Tilburg", "Dorpsstraat 12, 5025 KL Tilburg"],
    ["Dorpsstraat 12a 5025 KL", "Dorpsstraat 12a 5025 KL"],
    ["nr 12, 5025 KL Tilburg", "12, 5025 KL Tilburg"],
  ])("finds a postcode with a house number in %j", (text, found) => {
    expect(kinds(text)).toEqual([["address", found]]);
  });

  it("reports a full postcode without a number as a postcode, and ignores the four digits alone", () => {
    expect(kinds("wijk rond 5025 KL")).toEqual([["postcode", "5025 KL"]]);
    expect(kinds("wijk 5025, groep 7")).toEqual([]);
  });

  it("reports findings in order of position, each once", () => {
    expect(scanPersonalData("Moeder belt 06-12345678 of mail a@b.nl")).toEqual([
      { kind: "phone", start: 12, end: 23 },
      { kind: "email", start: 32, end: 38 },
    ]);
  });

  it("scans 100 kB adversarial texts in linear time", () => {
    const texts = [
      "0".repeat(100_000),
      "1 ".repeat(50_000),
      "0-".repeat(50_000),
      "(0".repeat(50_000),
      "+31 ".repeat(25_000),
      `${"a".repeat(100_000)}@`,
      "a@".repeat(50_000),
      `${"a.".repeat(50_000)}@`,
      `@${"a.".repeat(50_000)}`,
      "1234 AB ".repeat(12_500),
      "12, 1234 AB nr ".repeat(6_000),
      "1234".repeat(25_000),
    ];
    for (const text of texts) {
      const started = Date.now();
      scanPersonalData(text);
      expect(Date.now() - started).toBeLessThan(500);
    }
  });
});

describe("personalDataIssues", () => {
  it("gives warnings with kind and position, and no message echoes the value", () => {
    const issues = personalDataIssues("Bel 06-12345678 of mail jan@example.nl", ["description"]);
    expect(issues).toEqual([
      { code: "text.personal-data", severity: "warning", path: ["description"], params: { kind: "phone", start: 4, end: 15 } },
      { code: "text.personal-data", severity: "warning", path: ["description"], params: { kind: "email", start: 24, end: 38 } },
    ]);
    const nl = formatIssue(issues[0]!);
    expect(nl).toBe("Omschrijving bevat mogelijk een telefoonnummer (teken 5 t/m 15). Haal persoonsgegevens uit de tekst.");
    expect(formatIssue(issues[1]!, { lang: "en" })).toBe("Description may contain personal data: e-mail address (characters 25 to 38). Remove personal data from the text.");
    for (const i of issues) for (const lang of ["nl", "en"] as const) expect(formatIssue(i, { lang })).not.toMatch(/12345678|jan@/);
  });
});

describe("scanPersonalData: postcodes in small letters with a space", () => {
  it("finds an address written as \"1234 ab 12\"", () => {
    expect(scanPersonalData("Woont op 1234 ab 12 met moeder")).toEqual([{ kind: "address", start: 9, end: 19 }]);
    expect(scanPersonalData("adres 5025 kl, nr 7b.")).toEqual([{ kind: "address", start: 6, end: 20 }]);
  });
  it("does not take years followed by a short Dutch word for a postcode", () => {
    expect(scanPersonalData("tussen 2024 en 2025 kwam hij 2 keer")).toEqual([]);
    expect(scanPersonalData("in 2025 op 12 oktober gesproken")).toEqual([]);
    expect(scanPersonalData("sinds 2023 ab")).toEqual([]);
  });
});

describe("scanPersonalData: the kinds the issue names", () => {
  it.each([
    ["moeder van Sara belt", "name", "Sara"],
    ["Mohammed El Amrani was er", "name", "Mohammed El Amrani"],
    ["jayden had ruzie", "name", "jayden"],
    ["oma Marlies van der Heijden is voogd", "name", "Marlies van der Heijden"],
    ["dhr. de Graaf belde", "name", "de Graaf"],
    ["geb. 3/2/2016, woont bij oma", "birthdate", "3/2/2016"],
    ["geboren op 14 september 2015 in Tilburg", "birthdate", "14 september 2015"],
    ["hij wordt 8 op 12 maart", "birthdate", "12 maart"],
    ["woont op de Dorpsstraat 12, moeder", "address", "Dorpsstraat 12"],
    ["adres Van Goghlaan 117-II", "address", "Van Goghlaan 117-II"],
    ["op Kerkweg 3a sinds", "address", "Kerkweg 3a"],
    ["rekening NL91 ABNA 0417 1643 00 voor de bijdrage", "iban", "NL91 ABNA 0417 1643 00"],
    ["mail sara.jansen at gmail punt com", "email", "sara.jansen at gmail punt com"],
    ["via levi_85[at]live.nl", "email", "levi_85[at]live.nl"],
    ["tante belt 013 - 544 12 34", "phone", "013 - 544 12 34"],
    ["vader +48 621 812 678", "phone", "+48 621 812 678"],
  ])("finds in %j the %s %j", (text, kind, found) => {
    expect(kinds(text)).toEqual([[kind, found]]);
  });

  it("does not take opening hours, years, other dates, organisations or feasts for personal data", () => {
    expect(kinds("opvang wo 08-10 15.30-17.00 in de gymzaal")).toEqual([]);
    expect(kinds("in 2016 NL gekomen")).toEqual([]);
    expect(kinds("op 12-10-2025 gesprek, intake 03-09-2025, kamp 14 t/m 17 juli")).toEqual([]);
    expect(kinds("Veilig Thuis, CJG en GGD; Suikerfeest en Sint Maarten; juf van groep 3")).toEqual([]);
    expect(kinds("IBAN NL91 ABNA 0417 1643 01 is fout").filter(([k]) => k === "iban")).toEqual([]);
  });

  it("takes a name that is also a Dutch word only with a capital or after a kinship word", () => {
    expect(kinds("een roos getekend")).toEqual([]);
    expect(kinds("Roos tekende")).toEqual([["name", "Roos"]]);
    expect(kinds("zusje roos kwam mee")).toEqual([["name", "roos"]]);
  });
});

describe("redact", () => {
  it("replaces each finding with its kind, in Dutch by default and in English on request", () => {
    const text = "Moeder van Sara belt 06-12345678, geb. 3/2/2016, Dorpsstraat 12";
    expect(redact(text)).toBe("Moeder van [naam] belt [telefoon], geb. [geboortedatum], [adres]");
    expect(redact(text, { lang: "en" })).toBe("Moeder van [name] belt [phone], geb. [date of birth], [address]");
    expect(redact("niks te melden")).toBe("niks te melden");
  });
  it("uses a larger list of names when given one", () => {
    const names = { firstNames: new Set(["wubbo"]), surnames: new Set<string>(), commonWords: new Set<string>() };
    expect(redact("wubbo was er")).toBe("wubbo was er");
    expect(redact("wubbo was er", { names })).toBe("[naam] was er");
  });
});

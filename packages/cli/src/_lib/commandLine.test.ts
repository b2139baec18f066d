import { describe, expect, it } from "vitest";
import { hasFlag, langFromEnvironment, langOf, splitCommandLine } from "./commandLine.js";

describe("splitCommandLine", () => {
  it("finds the command after the global options and their values", () => {
    expect(splitCommandLine(["--lang", "en", "validate", "x.csv"])).toEqual({ command: "validate", before: ["--lang", "en"], args: ["--lang", "en", "x.csv"] });
    expect(splitCommandLine(["-q", "--lang=en", "report", "data", "--year", "2025"])).toEqual({ command: "report", before: ["-q", "--lang=en"], args: ["-q", "--lang=en", "data", "--year", "2025"] });
  });

  it("gives no command when there are only options", () => {
    expect(splitCommandLine(["--lang", "en", "--help"])).toEqual({ command: undefined, before: ["--lang", "en", "--help"], args: ["--lang", "en", "--help"] });
  });
});

describe("hasFlag", () => {
  it("sees a flag as an option, not as the value of --lang", () => {
    expect(hasFlag(["x.csv", "--help"], "--help", "-h")).toBe(true);
    expect(hasFlag(["--lang", "-h"], "--help", "-h")).toBe(false);
  });
});

describe("langFromEnvironment", () => {
  it("takes LC_ALL, then LC_MESSAGES, then LANG, the first that is set and not empty", () => {
    expect(langFromEnvironment({ LC_ALL: "en_GB.UTF-8", LC_MESSAGES: "nl_NL", LANG: "nl_NL" })).toBe("en");
    expect(langFromEnvironment({ LC_ALL: "", LC_MESSAGES: "en_US.UTF-8", LANG: "nl_NL" })).toBe("en");
    expect(langFromEnvironment({ LC_ALL: "C", LANG: "en_GB.UTF-8" })).toBe("nl");
  });

  it("speaks English for English locales only, Dutch for every other or none", () => {
    for (const locale of ["en", "en_GB", "en_US.UTF-8", "EN_gb.utf8", "en-AU", "en@euro"]) expect(langFromEnvironment({ LANG: locale }), locale).toBe("en");
    for (const locale of ["nl_NL.UTF-8", "nl_BE", "C", "C.UTF-8", "POSIX", "de_DE.UTF-8", "eng", "fr_FR"]) expect(langFromEnvironment({ LANG: locale }), locale).toBe("nl");
    expect(langFromEnvironment({})).toBe("nl");
  });
});

describe("langOf", () => {
  it("lets the last --lang beat the environment", () => {
    expect(langOf(["--lang", "en", "x", "--lang", "nl"], { LANG: "en_GB.UTF-8" })).toBe("nl");
    expect(langOf(["--lang=en"], { LC_ALL: "nl_NL.UTF-8" })).toBe("en");
    expect(langOf(["--lang", "fr"], { LANG: "en_GB.UTF-8" })).toBe("en");
  });
});

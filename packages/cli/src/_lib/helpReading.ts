// The help lines of the options every command that reads files has, in Dutch and English.
import type { CliLang } from "./io.js";

/** The options of every command that reads files: another system's mappings, own catalogues, the pseudonym key. */
export function readingOptions(lang: CliLang, width: number): string {
  const rows: [string, string][] =
    lang === "nl"
      ? [
          ["--mapping <bestand>", "een mapping (JSON) voor de export van een ander systeem, per tabel"],
          ["", "(mag vaker; maak er een met kinderwerk init)"],
          ["--catalogues <bestand>", "eigen catalogi (JSON): programmalijnen, pijlers, …"],
          ["--key-file <bestand>", "pseudonimiseer kind-id's met de sleutel in dit bestand"],
          ["--key-env <naam>", "… of met de sleutel in deze omgevingsvariabele"],
        ]
      : [
          ["--mapping <file>", "a mapping (JSON) for another system's export, per table"],
          ["", "(may be repeated; make one with kinderwerk init)"],
          ["--catalogues <file>", "own catalogues (JSON): programme lines, pillars, …"],
          ["--key-file <file>", "pseudonymise child ids with the key in this file"],
          ["--key-env <name>", "… or with the key in this environment variable"],
        ];
  return rows.map(([option, text]) => `  ${option.padEnd(width)}${text}`).join("\n");
}

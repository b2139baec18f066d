// Datasets the end-to-end test writes: a large one (a million attendance rows) and a file whose every
// row is rejected (one issue a row).
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

async function writeLines(path: string, header: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** The size of the large dataset. */
export const LARGE = { children: 20_000, activities: 10, sessions: 5_000, attendance: 1_000_000 } as const;

/**
 * A dataset of 20,000 children, 10 activities, 5,000 sessions in 2025 and a million attendance
 * rows, every (session, child) pair once, as UTF-8 with `,`.
 *
 * @param dir - the folder to write to
 * @param attendance - the number of attendance rows
 * @returns the paths of the four files
 */
export async function writeLargeDataset(dir: string, attendance: number = LARGE.attendance): Promise<string[]> {
  const paths = ["kinderen.csv", "activiteiten.csv", "bijeenkomsten.csv", "aanwezigheid.csv"].map((f) => join(dir, f));
  await writeLines(paths[0]!, "kindId,geboortedatum,geslacht,postcode,wijk", LARGE.children, (i) => `kw-${pad(i, 6)},${2012 + (i % 9)}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)},${i % 2 === 0 ? "meisje" : "jongen"},${5000 + (i % 90)},Wijk ${i % 12}`);
  await writeLines(paths[1]!, "activiteitId,naam,soort,pijlers", LARGE.activities, (i) => `a-${pad(i, 2)},Activiteit ${i},${["sport", "knutselen", "spel"][i % 3]},kind`);
  await writeLines(paths[2]!, "bijeenkomstId,activiteitId,datum,duur", LARGE.sessions, (i) => `b-${pad(i, 5)},a-${pad(i % LARGE.activities, 2)},2025-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)},90`);
  // Row i: session i mod 5,000, and for each session a different child per round (distinct pairs).
  await writeLines(paths[3]!, "bijeenkomstId,kindId,aanwezig", attendance, (i) => {
    const s = i % LARGE.sessions;
    const round = Math.floor(i / LARGE.sessions);
    return `b-${pad(s, 5)},kw-${pad((round * 97 + s) % LARGE.children, 6)},${i % 10 === 0 ? "nee" : "ja"}`;
  });
  return paths;
}

/**
 * An attendance file whose every row is rejected: `aanwezig` is `misschien`, which is no yes or no.
 *
 * @param path - where to write it
 * @param rows - how many rows
 */
export async function writeAllRejected(path: string, rows: number): Promise<void> {
  await writeLines(path, "bijeenkomstId,kindId,aanwezig", rows, (i) => `b-${pad(i % 500, 4)},kw-${pad(i, 6)},misschien`);
}

/** Write a small text file. */
export const writeText = (path: string, text: string): Promise<void> => writeFile(path, text);

// What was dropped, as data files: a zip is opened (fflate, streamed) and its data files taken out;
// a file that holds no table of the exchange format is passed by, with the reason.
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import type { ExpandedFile } from "../protocol.js";

/** The extensions the page reads, as the CLI does. */
export const DATA_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx", ".ndjson", ".jsonl", ".json"] as const;

/** The most a zip may unpack to: beyond it the zip is passed by (a bomb, or more than a browser should hold). */
export const ZIP_LIMITS = { maxBytes: 1024 * 1024 * 1024, maxFiles: 200 } as const;

/** Whether a file name has an extension the page reads. */
export function isDataFile(name: string): boolean {
  const lower = name.toLowerCase();
  return DATA_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Why a file was passed by. */
export type PassedByReason = "not-data" | "zip-too-large" | "zip-broken";

/** What was dropped, sorted into data files and files passed by. */
export interface Expanded {
  readonly files: ExpandedFile[];
  readonly passedBy: { readonly label: string; readonly reason: PassedByReason }[];
}

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/**
 * Sort dropped files into data files, taking the data files out of zips (folders inside the zip are
 * flattened: the name of a file tells its table, not its folder).
 *
 * @param files - what was dropped or picked
 * @returns the data files and the files passed by
 */
export async function expandFiles(files: readonly { readonly name: string; readonly blob: Blob }[]): Promise<Expanded> {
  const out: Expanded = { files: [], passedBy: [] };
  for (const f of files) {
    if (f.name.toLowerCase().endsWith(".zip")) {
      const unzipped = await unzipData(f.blob, f.name).catch((error: unknown) => (error instanceof ZipTooLarge ? "zip-too-large" : "zip-broken") as PassedByReason);
      if (typeof unzipped === "string") out.passedBy.push({ label: f.name, reason: unzipped });
      else {
        out.files.push(...unzipped.files);
        out.passedBy.push(...unzipped.passedBy);
      }
    } else if (isDataFile(f.name)) out.files.push({ name: f.name, label: f.name, blob: f.blob });
    else out.passedBy.push({ label: f.name, reason: "not-data" });
  }
  return out;
}

class ZipTooLarge extends Error {}

/** The data files of a zip, each as a Blob of its unpacked bytes. */
async function unzipData(zip: Blob, zipName: string): Promise<Expanded> {
  const out: Expanded = { files: [], passedBy: [] };
  let failure: unknown;
  let total = 0;
  let started = 0;
  let finished = 0;
  const unzip = new Unzip((entry: UnzipFile) => {
    const path = entry.name;
    const name = baseName(path);
    if (path.endsWith("/") || path.startsWith("__MACOSX/") || name.startsWith(".")) return;
    const label = `${zipName} › ${path}`;
    if (!isDataFile(name)) {
      out.passedBy.push({ label, reason: "not-data" });
      return;
    }
    if (++started > ZIP_LIMITS.maxFiles) throw new ZipTooLarge();
    const parts: Uint8Array[] = [];
    // Inflating is synchronous: every complete entry has ended by the time the last bytes are pushed.
    entry.ondata = (error, data, final) => {
      if (error) {
        failure ??= error;
        return;
      }
      total += data.byteLength;
      if (total > ZIP_LIMITS.maxBytes) {
        failure ??= new ZipTooLarge();
        return;
      }
      parts.push(data);
      if (final) {
        finished++;
        out.files.push({ name, label, blob: new Blob(parts as BlobPart[]) });
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const reader = zip.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    unzip.push(done ? new Uint8Array(0) : value, done);
    if (failure !== undefined) {
      await reader.cancel();
      throw failure;
    }
    if (done) break;
  }
  // An entry cut off before its end: the zip is broken.
  if (finished !== started) throw new Error("zip: an entry ends early");
  out.files.sort((a, b) => a.label.localeCompare(b.label));
  return out;
}

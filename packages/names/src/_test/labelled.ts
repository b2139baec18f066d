/// <reference types="node" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PERSONAL_DATA_KINDS, type PersonalDataFinding, type PersonalDataKind } from "@kinderwerk/core";

/** A note of the labelled set: its text and the personal data in it. */
export interface LabelledNote {
  readonly line: number;
  readonly text: string;
  readonly labels: readonly PersonalDataFinding[];
}

const KINDS: ReadonlySet<string> = new Set(PERSONAL_DATA_KINDS);
const MARK = /\{\{([a-z]+):(.*?)\}\}/g;

/**
 * Reads a file of labelled notes in `fixtures/pii/` (`notes.txt`, or `holdout.txt`): one note a
 * line, each finding written `{{kind:text}}`.
 */
export function readLabelledNotes(name = "notes.txt"): LabelledNote[] {
  const file = fileURLToPath(new URL(`../../../../fixtures/pii/${name}`, import.meta.url));
  const notes: LabelledNote[] = [];
  readFileSync(file, "utf8").split("\n").forEach((raw, i) => {
    if (raw.trim() === "" || raw.startsWith("#")) return;
    let text = "";
    let at = 0;
    const labels: PersonalDataFinding[] = [];
    for (const m of raw.matchAll(MARK)) {
      const kind = m[1]!;
      if (!KINDS.has(kind)) throw new Error(`line ${i + 1}: unknown kind ${kind}`);
      text += raw.slice(at, m.index);
      labels.push({ kind: kind as PersonalDataKind, start: text.length, end: text.length + m[2]!.length });
      text += m[2];
      at = m.index + m[0].length;
    }
    notes.push({ line: i + 1, text: text + raw.slice(at), labels });
  });
  return notes;
}

/** Per kind: found right (span and kind exact), missed, found wrong. */
export interface Score { tp: number; fn: number; fp: number }

/** Scores a scan over the notes, span-exact: a finding counts only with the label's kind, start and end. */
export function score(notes: readonly LabelledNote[], scan: (text: string) => readonly PersonalDataFinding[]) {
  const perKind = Object.fromEntries(PERSONAL_DATA_KINDS.map((k) => [k, { tp: 0, fn: 0, fp: 0 }])) as Record<PersonalDataKind, Score>;
  const errors: string[] = [];
  const key = (f: PersonalDataFinding) => `${f.kind}:${f.start}:${f.end}`;
  for (const note of notes) {
    const found = scan(note.text);
    const want = new Set(note.labels.map(key));
    const got = new Set(found.map(key));
    for (const l of note.labels) {
      if (got.has(key(l))) perKind[l.kind].tp++;
      else { perKind[l.kind].fn++; errors.push(`line ${note.line} missed ${l.kind} "${note.text.slice(l.start, l.end)}"`); }
    }
    for (const f of found) if (!want.has(key(f))) { perKind[f.kind].fp++; errors.push(`line ${note.line} wrong ${f.kind} "${note.text.slice(f.start, f.end)}"`); }
  }
  const all = Object.values(perKind).reduce((a, s) => ({ tp: a.tp + s.tp, fn: a.fn + s.fn, fp: a.fp + s.fp }), { tp: 0, fn: 0, fp: 0 });
  return { perKind, all, errors };
}

export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));

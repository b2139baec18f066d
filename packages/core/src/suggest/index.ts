// "Did you mean …?": the closest known word to a mistyped one, for column names, options and
// commands alike.

/**
 * The edit distance between two short texts — insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count one (optimal string alignment) — or `max + 1` when it is above `max`.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The known word closest to a mistyped one: at most 1 edit away for a word of up to 4 letters,
 * about a third of its length (at most 3) for longer ones. An edit is a letter added, dropped or
 * changed, or two neighbouring letters swapped (`yaer` → `year`). Both sides are compared as
 * `normalise` makes them (lower case by default); the word returned is the known one as given.
 *
 * @param word - what was typed (`rejcts`)
 * @param known - the words it may have meant (`rejects`, `table`, …)
 * @param normalise - how to compare (default: lower case)
 * @returns the closest, or `undefined` when none is close (or the word has fewer than 2 letters)
 * @example
 * closestWord("rejcts", ["table", "rejects", "format"]); // => "rejects"
 * closestWord("--yaer", ["--year", "--quarter"]); // => "--year"
 * closestWord("xyz", ["table", "rejects"]); // => undefined
 */
export function closestWord(word: string, known: Iterable<string>, normalise: (text: string) => string = (t) => t.toLowerCase()): string | undefined {
  const wanted = normalise(word);
  if (wanted.length < 2) return undefined;
  const max = wanted.length <= 4 ? 1 : Math.min(3, Math.ceil(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of known) {
    const d = distance(wanted, normalise(candidate), max);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

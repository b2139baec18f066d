// "Did you mean …?" for a mistyped option or command: the closest known word by edit distance.
//
// Its twin is the column suggestion of @kinderwerk/import (`suggestColumn` in header/index.ts),
// whose edit distance is private to that package. This one has the same bound and also counts two
// swapped letters as one edit (`--yaer` → `--year`), the commonest slip on a command line. One
// shared function belongs in @kinderwerk/core, for both.

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
 * The known word closest to a mistyped one, compared in lower case: at most 1 edit away for a word
 * of up to 4 letters, about a third of its length (at most 3) for longer ones.
 *
 * @param word - what was typed (`rejcts`)
 * @param known - the words it may have meant (`rejects`, `table`, …)
 * @returns the closest, or `undefined` when none is close
 * @example
 * closestWord("rejcts", ["table", "rejects", "format"]); // => "rejects"
 * closestWord("xyz", ["table", "rejects"]); // => undefined
 */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  const wanted = word.toLowerCase();
  if (wanted.length < 2) return undefined;
  const max = wanted.length <= 4 ? 1 : Math.min(3, Math.ceil(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of known) {
    const d = distance(wanted, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

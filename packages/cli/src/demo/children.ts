// The children of the demo dataset: pseudonyms, ages mostly 4 to 12, neighbourhoods and postcodes.

import { addDays } from "@kinderwerk/core";
import type { Random } from "../_lib/random.js";
import { dateBetween, FROM, NEIGHBOURHOODS, pad } from "./organisation.js";

export interface DemoChild {
  readonly id: string;
  readonly birthDate: string;
  readonly gender: string;
  readonly neighbourhood?: string;
  readonly postcode?: string;
  readonly groep?: number;
  readonly joinedOn: string;
  readonly registeredOn: string;
  readonly ageMid2025: number;
}

/** `count` children, `kw-0001` …, some of them too young or too old for the activities. */
export function makeChildren(random: Random, count: number): DemoChild[] {
  const children: DemoChild[] = [];
  for (let i = 1; i <= count; i++) {
    // Mostly 4..12 in mid-2025; a few toddlers who come along with a sibling, a few who just turned 13.
    const age = random.weighted<number>([[3, 3], [4, 9], [5, 10], [6, 11], [7, 12], [8, 12], [9, 12], [10, 11], [11, 9], [12, 7], [13, 4]]);
    const birthDate = dateBetween(random, `${2025 - age - 1}-07-01`, `${2025 - age}-06-30`);
    const gender = random.weighted<string>([["meisje", 47], ["jongen", 47], ["anders", 1], ["onbekend", 2], ["", 3]]);
    const hood = random.chance(0.05) ? undefined : random.weighted(NEIGHBOURHOODS.map((n) => [n, n.weight] as const));
    const postcode = hood === undefined ? undefined : random.chance(0.1) ? undefined : random.chance(0.15) ? `${hood.pc4} ${random.pick(["AB", "CD", "EK", "GL", "HR"])}` : hood.pc4;
    const groep = age >= 4 && age <= 12 && random.chance(0.6) ? Math.min(8, Math.max(1, age - 3 + random.int(-1, 0))) : undefined;
    // A quarter is already coming in the autumn of 2024; the rest join during 2025.
    const joinedOn = random.chance(0.28) ? dateBetween(random, FROM, "2024-12-15") : dateBetween(random, "2025-01-06", "2025-11-15");
    const registeredOn = addDays(joinedOn, -random.int(0, 14));
    children.push({
      id: `kw-${pad(i, 4)}`,
      birthDate,
      gender,
      ...(hood === undefined ? {} : { neighbourhood: hood.name }),
      ...(postcode === undefined ? {} : { postcode }),
      ...(groep === undefined ? {} : { groep }),
      joinedOn,
      registeredOn,
      ageMid2025: age,
    });
  }
  return children;
}

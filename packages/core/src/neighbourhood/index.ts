import * as z from "zod";
import { freeText } from "../_lib/freeText.js";
import { Neighbourhood } from "../child/index.js";

/**
 * A neighbourhood of the neighbourhood table: its code (as children and activities write it), its
 * name for reports, and optionally the number of children aged 4 to 12 who live there.
 *
 * @example
 * NeighbourhoodRecord.parse({ code: "WK085501", name: "Centrum", population4to12: 840 });
 * // => { code: "WK085501", name: "Centrum", population4to12: 840 }
 */
export const NeighbourhoodRecord = z.object({
  code: Neighbourhood,
  name: freeText(100),
  population4to12: z.int().min(0).max(10_000_000).optional(),
});
/** A neighbourhood of the neighbourhood table. */
export type NeighbourhoodRecord = z.infer<typeof NeighbourhoodRecord>;

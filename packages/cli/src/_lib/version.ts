// The version of the command, from package.json at build time.

import pkg from "../../package.json" with { type: "json" };

/** The version of @kinderwerk/cli. */
export const VERSION: string = pkg.version;

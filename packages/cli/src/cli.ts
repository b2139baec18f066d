#!/usr/bin/env node
// The `kinderwerk` command: run with the process's arguments and streams, exit with the code.

import { run } from "./index.js";

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

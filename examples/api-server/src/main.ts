// Run the API: `pnpm --filter @kinderwerk/example-api-server start` (PORT=3000 by default).
import type { AddressInfo } from "node:net";
import { main } from "./server.js";

main().then(
  (server) => {
    const { address, port } = server.address() as AddressInfo;
    console.log(`kinderwerk example API listening on http://${address}:${port}`);
    const stop = (): void => {
      server.close();
      server.closeAllConnections();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

// The page builds to one self-contained dist/index.html: the script, its worker and the styles are
// inlined, so the page opens from a folder (file://) as well as from any static host, and loads
// nothing after it has loaded. A Content-Security-Policy in the page forbids every connection.
import { createHash } from "node:crypto";
import { defineConfig } from "vite";
import type { Plugin } from "vite";

/** The policy of the built page: no connection of any kind; scripts only those inlined (by hash) and the worker (a blob: URL). */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(" ")}`,
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "connect-src 'none'",
    "frame-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("base64");
const escapeScript = (code: string): string => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

/** Inline the built script and styles into index.html and add the policy. */
function inlineEverything(): Plugin {
  return {
    name: "kinderwerk:inline-everything",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((o) => o.type === "asset" && o.fileName === "index.html");
      if (html === undefined || html.type !== "asset") return;
      let page = String(html.source);
      const hashes: string[] = [];
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === "chunk") {
          const tag = new RegExp(`<script type="module" crossorigin src="[^"]*${item.fileName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"></script>`);
          const code = escapeScript(item.code);
          if (!tag.test(page)) continue;
          hashes.push(sha256(code));
          page = page.replace(tag, () => `<script type="module">${code}</script>`);
          delete bundle[name];
        } else if (item.fileName.endsWith(".css")) {
          const tag = new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${item.fileName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}">`);
          page = page.replace(tag, () => `<style>${String(item.source)}</style>`);
          delete bundle[name];
        }
      }
      page = page.replace("<head>", () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`);
      html.source = page;
    },
  };
}

export default defineConfig({
  base: "./",
  build: {
    target: "es2022",
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    rollupOptions: { output: { codeSplitting: false } },
  },
  worker: { format: "iife" },
  plugins: [inlineEverything()],
});

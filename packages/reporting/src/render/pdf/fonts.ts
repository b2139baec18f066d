// The fonts a PDF report is set in, embedded in the file so that it looks the same on every
// machine: a TrueType font with the glyphs Dutch needs (ë, ï, é, €, –, −, ≥, …). By default DejaVu
// Sans from the npm package `dejavu-fonts-ttf`, read from disk in Node; an app in a browser passes
// the bytes of a font of its own.

/** The bytes of a TrueType (`.ttf`) or OpenType (`.otf`) font file. */
export type FontBytes = Uint8Array | ArrayBuffer;

/** The two fonts of a PDF report: one for text, one for headings and figures. */
export interface PdfFonts {
  /** The regular weight, for running text and table cells. */
  readonly regular: FontBytes;
  /** The bold weight, for headings, key figures and table headers. */
  readonly bold: FontBytes;
}

/** The package the default fonts come from, and their files in it. */
export const DEFAULT_FONT_PACKAGE = "dejavu-fonts-ttf";
const DEFAULT_FONT_FILES = { regular: "ttf/DejaVuSans.ttf", bold: "ttf/DejaVuSans-Bold.ttf" } as const;

/** The error thrown when no fonts were given and the default ones cannot be read. */
export class PdfFontsMissingError extends Error {
  /** A code to tell this error apart without `instanceof`. */
  readonly code = "pdf.fonts-missing" as const;
  constructor(cause: unknown) {
    super(
      `renderPdf needs fonts to embed: install the package ${DEFAULT_FONT_PACKAGE} (npm install ${DEFAULT_FONT_PACKAGE}) ` +
        "or pass the bytes of a regular and a bold TrueType font as options.fonts",
      { cause },
    );
    this.name = "PdfFontsMissingError";
  }
}

/**
 * DejaVu Sans, regular and bold, read from the package `dejavu-fonts-ttf` (Node only: in a browser,
 * pass `fonts` to `renderPdf`).
 *
 * @param from - where to resolve the package from (a file URL or path); this module's own place by default
 * @returns the two fonts' bytes
 * @throws {PdfFontsMissingError} when the package is not installed or its files cannot be read
 */
export async function loadDefaultFonts(from?: string | URL): Promise<PdfFonts> {
  try {
    const { createRequire } = await import("node:module");
    const { readFile } = await import("node:fs/promises");
    const require = createRequire(from ?? import.meta.url);
    const read = async (file: string): Promise<Uint8Array> => new Uint8Array(await readFile(require.resolve(`${DEFAULT_FONT_PACKAGE}/${file}`)));
    const [regular, bold] = await Promise.all([read(DEFAULT_FONT_FILES.regular), read(DEFAULT_FONT_FILES.bold)]);
    return { regular, bold };
  } catch (error) {
    throw new PdfFontsMissingError(error);
  }
}

// Dropping files (and folders) anywhere on the page, or picking them with the file input.

/** The files of a drop, folders opened (their files, at any depth). */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => (item.kind === "file" ? item.webkitGetAsEntry?.() : null));
  if (entries.some((e) => e?.isDirectory === true)) {
    const files: File[] = [];
    for (const entry of entries) if (entry) await collect(entry, files);
    return files;
  }
  return [...data.files];
}

async function collect(entry: FileSystemEntry, into: File[]): Promise<void> {
  if (entry.isFile) {
    into.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return;
    for (const e of batch) await collect(e, into);
  }
}

/**
 * Make the whole page a drop target: files dropped anywhere are added; `zone` shows that a drop is coming.
 *
 * @param zone - the element that lights up
 * @param onFiles - the files dropped
 */
export function acceptDrops(zone: HTMLElement, onFiles: (files: File[]) => void): void {
  let depth = 0;
  const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes("Files") === true;
  document.addEventListener("dragenter", (e) => {
    if (!hasFiles(e)) return;
    depth++;
    zone.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove("dragging");
  });
  document.addEventListener("dragover", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
  });
  document.addEventListener("drop", (e) => {
    if (!e.dataTransfer) return;
    e.preventDefault();
    depth = 0;
    zone.classList.remove("dragging");
    void droppedFiles(e.dataTransfer).then((files) => {
      if (files.length > 0) onFiles(files);
    });
  });
}

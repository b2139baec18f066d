import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { closedPipeSafe } from "./pipe.js";

class FakeStream extends EventEmitter {
  readonly written: string[] = [];
  readonly isTTY = false;
  write(chunk: string): boolean {
    this.written.push(chunk);
    return true;
  }
}

const failure = (code: string): Error => Object.assign(new Error(`write ${code}`), { code });

describe("closedPipeSafe", () => {
  it("stops writing, without a word, once the reader has closed the pipe", () => {
    const stream = new FakeStream();
    const broken: Error[] = [];
    const sink = closedPipeSafe(stream, (e) => broken.push(e));
    sink.write("a");
    stream.emit("error", failure("EPIPE"));
    sink.write("b");
    expect(stream.written).toEqual(["a"]);
    expect(broken).toEqual([]);
  });

  it("passes on another write error once, and stops writing too", () => {
    const stream = new FakeStream();
    const broken: Error[] = [];
    const sink = closedPipeSafe(stream, (e) => broken.push(e));
    stream.emit("error", failure("EBADF"));
    stream.emit("error", failure("EBADF"));
    sink.write("b");
    expect(broken.map((e) => (e as Error & { code: string }).code)).toEqual(["EBADF"]);
    expect(stream.written).toEqual([]);
  });
});

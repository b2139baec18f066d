// The interner lives in core, where the report accumulator uses it too.
export { Interner } from "@kinderwerk/core";

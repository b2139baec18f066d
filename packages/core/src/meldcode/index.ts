// The meldcode (Meldcode huiselijk geweld en kindermishandeling): its vocabulary, the state of a
// trajectory, the transitions between states, and the reducer that applies events.
export * from "./afwegingskader.js";
export * from "./vocabulary.js";
export * from "./state.js";
export { allowedMeldcodeEvents } from "./transitions.js";
export { applyMeldcode, replayMeldcode } from "./apply.js";

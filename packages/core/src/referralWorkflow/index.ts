// The referral workflow: its vocabulary, the state of a referral, the transitions between states,
// the reducer that applies events, the flat record of the exchange format, and the follow-up.
export * from "./vocabulary.js";
export * from "./state.js";
export { allowedReferralEvents } from "./transitions.js";
export { applyReferral, replayReferral } from "./apply.js";
export { toReferralRecord } from "./record.js";
export { DEFAULT_FOLLOW_UP_DAYS, defaultFollowUpOn, overdueReferrals } from "./followUp.js";
export type { OverdueReferral } from "./followUp.js";

// The domain's outcome words, for every screen that shows an artifact's outcome.
export { byOutcomeStrength, metricText, rateOutcome } from '../../../src/domain/outcomes.js';

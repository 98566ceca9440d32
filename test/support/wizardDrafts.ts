/**
 * The wizard's unit tests' shared inputs: the small content fixture, a Wednesday as today, answers to
 * vary one field at a time, and a self-check whose weakest area is "What engineers need".
 */
import { draftGrowthMap, type Draft, type WizardAnswers } from '../../src/domain/wizard.js';
import { type SelfCheckResult, scoreSelfCheck } from '../../src/domain/selfCheck.js';
import type { Content } from '../../src/schemas/content.js';
import { contentFixture } from './contentFixture.js';

export const content = contentFixture();
export const TODAY = '2026-03-04'; // a Wednesday: the cycle starts on Monday 2026-03-09

export const answers = (over: Partial<WizardAnswers> = {}): WizardAnswers => ({
  role: 'Backend engineer',
  techStack: [],
  stage: 'go-to-market',
  goals: [{ templateId: 'fault-tolerant-service' }],
  lengthWeeks: 6,
  reviewWeeks: 1,
  ...over,
});
/** Weakest area "What engineers need": both its statements "not yet", everything else "yes". */
export const engineerNeedsWeak = scoreSelfCheck(content, 'go-to-market', {
  'gtm-releases': 'yes',
  'gtm-visibility': 'yes',
  'gtm-tradeoffs': 'not-yet',
  'gtm-beyond': 'not-yet',
  'gtm-rollback': 'yes',
  'gtm-friction': 'yes',
  'gtm-shift-pain': 'yes',
});
export const draft = (
  over: Partial<WizardAnswers> = {},
  check: SelfCheckResult | null = engineerNeedsWeak,
  c: Content = content,
) => draftGrowthMap(c, answers(over), check, TODAY);
export const skillIds = (d: Draft, index = 0) => d.destinations[index]?.skills.map((s) => s.catalogueId);

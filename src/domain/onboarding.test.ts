import { describe, expect, it } from 'vitest';
import { type ChecklistItem, type OnboardingFacts, onboardingChecklist, onboardingComplete } from './onboarding.js';

const NOTHING: OnboardingFacts = {
  activeDestinations: 0,
  destinationsWithMappedSkills: 0,
  cyclesPlanned: 0,
  evidenceLogged: 0,
  artifactsProduced: 0,
  feedbackCadenceSet: false,
};
const EVERYTHING: OnboardingFacts = {
  activeDestinations: 2,
  destinationsWithMappedSkills: 2,
  cyclesPlanned: 1,
  evidenceLogged: 1,
  artifactsProduced: 1,
  feedbackCadenceSet: true,
};
const done = (facts: Partial<OnboardingFacts>): Record<ChecklistItem['id'], boolean> =>
  Object.fromEntries(onboardingChecklist({ ...NOTHING, ...facts }).map((item) => [item.id, item.done])) as Record<
    ChecklistItem['id'],
    boolean
  >;

describe('onboardingChecklist', () => {
  it('lists the source’s checklist in its order, words and links', () => {
    expect(onboardingChecklist(NOTHING).map(({ id, label, href }) => ({ id, label, href }))).toEqual([
      { id: 'destinations', label: 'Destinations defined', href: '/map' },
      { id: 'skills', label: 'Skills mapped with mastery levels', href: '/map' },
      { id: 'first-cycle', label: 'First 6-week plan drafted', href: '/cycles/new' },
      { id: 'first-evidence', label: 'At least one artifact or piece of evidence logged', href: '/artifacts/new' },
      { id: 'feedback-cadence', label: 'Feedback sessions scheduled', href: '/settings#feedback' },
    ]);
  });

  it('starts with nothing done', () => {
    expect(onboardingChecklist(NOTHING).every((item) => !item.done)).toBe(true);
  });

  it('suggests 2–3 destinations', () => {
    expect(onboardingChecklist(NOTHING)[0]?.hint).toMatch(/2–3 destinations/);
  });

  it.each([
    { facts: { activeDestinations: 1 }, item: 'destinations', done: true },
    { facts: { activeDestinations: 0 }, item: 'destinations', done: false },
    // Skills: every active destination has one, and there is at least one destination.
    { facts: { activeDestinations: 0, destinationsWithMappedSkills: 0 }, item: 'skills', done: false },
    { facts: { activeDestinations: 3, destinationsWithMappedSkills: 2 }, item: 'skills', done: false },
    { facts: { activeDestinations: 3, destinationsWithMappedSkills: 3 }, item: 'skills', done: true },
    { facts: { cyclesPlanned: 1 }, item: 'first-cycle', done: true },
    { facts: { cyclesPlanned: 0 }, item: 'first-cycle', done: false },
    { facts: { evidenceLogged: 1 }, item: 'first-evidence', done: true },
    { facts: { evidenceLogged: 0 }, item: 'first-evidence', done: false },
    { facts: { artifactsProduced: 1 }, item: 'first-evidence', done: true },
    { facts: { feedbackCadenceSet: true }, item: 'feedback-cadence', done: true },
  ] as const)('$item is done=$done given $facts', ({ facts, item, done: expected }) => {
    expect(done(facts)[item]).toBe(expected);
  });

  it('ticks only the item its fact feeds', () => {
    expect(done({ cyclesPlanned: 2 })).toEqual({
      destinations: false,
      skills: false,
      'first-cycle': true,
      'first-evidence': false,
      'feedback-cadence': false,
    });
  });

  it.each([
    { facts: { activeDestinations: 0 }, hint: /Define a destination first/ },
    { facts: { activeDestinations: 3, destinationsWithMappedSkills: 2 }, hint: /^One active destination has no skills yet/ },
    { facts: { activeDestinations: 3, destinationsWithMappedSkills: 1 }, hint: /^2 active destinations have no skills yet/ },
    { facts: { activeDestinations: 2, destinationsWithMappedSkills: 2 }, hint: /Every active destination has skills/ },
  ])('the skills hint says what is left: $hint', ({ facts, hint }) => {
    expect(onboardingChecklist({ ...NOTHING, ...facts })[1]?.hint).toMatch(hint);
  });
});

describe('onboardingComplete', () => {
  it('is complete only when every item is done', () => {
    expect(onboardingComplete(onboardingChecklist(EVERYTHING))).toBe(true);
  });

  it.each([
    { missing: 'no destination', facts: { activeDestinations: 0, destinationsWithMappedSkills: 0 } },
    { missing: 'a destination without skills', facts: { activeDestinations: 3 } },
    { missing: 'no cycle', facts: { cyclesPlanned: 0 } },
    { missing: 'no evidence', facts: { evidenceLogged: 0, artifactsProduced: 0 } },
    { missing: 'no feedback cadence', facts: { feedbackCadenceSet: false } },
  ])('is not complete with $missing', ({ facts }) => {
    expect(onboardingComplete(onboardingChecklist({ ...EVERYTHING, ...facts }))).toBe(false);
  });

  it('treats an empty list as not complete', () => {
    expect(onboardingComplete([])).toBe(false);
  });
});

/**
 * The onboarding checklist of the Growth Map guide, section 8 ("Checklist example"). Every item is computed
 * from what the user has actually recorded, never ticked by hand, so it cannot drift from the data.
 */

export interface OnboardingFacts {
  activeDestinations: number;
  /** Active destinations having at least one skill. */
  destinationsWithMappedSkills: number;
  /** Cycles not cancelled. */
  cyclesPlanned: number;
  /** Progress entries with evidence, plus level changes with evidence (not the automatic starting level). */
  evidenceLogged: number;
  /** Artifacts recorded: each is a piece of work the user can point to. */
  artifactsProduced: number;
  feedbackCadenceSet: boolean;
}

export interface ChecklistItem {
  id: 'destinations' | 'skills' | 'first-cycle' | 'first-evidence' | 'feedback-cadence';
  label: string;
  done: boolean;
  href: string;
  hint: string;
}

/** The hint for skills names what is left, so a half-mapped map says which part is missing. */
function skillsHint(facts: OnboardingFacts): string {
  const missing = facts.activeDestinations - facts.destinationsWithMappedSkills;
  if (facts.activeDestinations === 0) return 'Define a destination first, then map the 2–3 skills that bridge to it.';
  if (missing <= 0) return 'Every active destination has skills. Move their levels as you gain evidence.';
  const which = missing === 1 ? 'One active destination has' : `${missing} active destinations have`;
  return `${which} no skills yet. Map 2–3 skills for each, at novice, practitioner or expert.`;
}

/** The items in the source's order and, for the labels, its words. */
export function onboardingChecklist(facts: OnboardingFacts): ChecklistItem[] {
  return [
    {
      id: 'destinations',
      label: 'Destinations defined',
      done: facts.activeDestinations >= 1,
      href: '/map',
      hint: 'Start with 2–3 destinations: roles, capabilities or domains you want to reach.',
    },
    {
      id: 'skills',
      label: 'Skills mapped with mastery levels',
      // Every active destination, and at least one: with nothing to map, nothing is mapped.
      done: facts.activeDestinations >= 1 && facts.destinationsWithMappedSkills >= facts.activeDestinations,
      href: '/map',
      hint: skillsHint(facts),
    },
    {
      id: 'first-cycle',
      label: 'First 6-week plan drafted',
      done: facts.cyclesPlanned >= 1,
      href: '/cycles/new',
      hint: 'Plan a 4–6 week cycle: a mini-goal, a deep dive, a demonstration and a review.',
    },
    {
      id: 'first-evidence',
      label: 'At least one artifact or piece of evidence logged',
      // "At least one artifact produced": an artifact on its own is enough, as is evidence linked elsewhere.
      done: facts.artifactsProduced >= 1 || facts.evidenceLogged >= 1,
      href: '/artifacts/new',
      hint: 'Record a design doc, decision record, code sample or talk you produced, with what it changed.',
    },
    {
      id: 'feedback-cadence',
      label: 'Feedback sessions scheduled',
      done: facts.feedbackCadenceSet,
      href: '/settings#feedback',
      hint: 'Set a feedback cadence, e.g. biweekly 1:1s focused on growth signals, not just project status.',
    },
  ];
}

/** Complete when every item is done; an empty list has checked nothing, so it is not. */
export function onboardingComplete(items: readonly ChecklistItem[]): boolean {
  return items.length > 0 && items.every((item) => item.done);
}

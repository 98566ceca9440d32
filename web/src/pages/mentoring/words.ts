import type { RatedSkill } from '../../../../src/schemas/mentorRatings.js';

type Difference = RatedSkill['mentors'][number]['difference'];

/** The difference in words, so it never rests on a colour. */
export const differenceWords: Record<Difference, string> = {
  same: 'Same level',
  'mentor-higher': 'Mentor sees more',
  'mentor-lower': 'Mentor sees less',
  'not-rated': 'Not rated yet',
};

export const sectionWords: Record<string, string> = {
  map: 'Map',
  cycles: 'Cycles',
  evidence: 'Evidence',
  feedback: 'Feedback',
  'self-checks': 'Self-checks',
};

export const changeWords: Record<string, string> = {
  destination: 'Destination',
  skill: 'Skill',
  cycle: 'Cycle',
  'progress-entry': 'Progress entry',
  artifact: 'Artifact',
  'feedback-session': 'Feedback session',
  'self-check': 'Self-check',
};

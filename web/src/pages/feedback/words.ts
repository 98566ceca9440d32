import type { FeedbackKind } from '../../../../src/schemas/feedbackSessions.js';

export const kindLabels: Record<FeedbackKind, string> = {
  'one-on-one': '1:1',
  pairing: 'Pairing',
  'roadmap-review': 'Roadmap review',
  workshop: 'Workshop',
};

export const kindOptions = Object.entries(kindLabels).map(([value, label]) => ({ value, label }));

export const isKind = (value: string): value is FeedbackKind => value in kindLabels;

/** The four-question rubric (growth-map guide, section 7), in the order a conversation goes. */
export const rubric = [
  { key: 'wentWell', label: 'What went well?' },
  { key: 'challenging', label: 'What was challenging?' },
  { key: 'improveNext', label: 'What would you improve next time?' },
  { key: 'supportNeeded', label: 'What support do you need?' },
] as const;

export const ownerLabels = { me: 'Me', partner: 'My partner' } as const;

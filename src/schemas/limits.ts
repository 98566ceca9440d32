/**
 * The longest text each field takes, in characters. Plain numbers without Zod, so the web forms show the
 * same limits the schemas enforce (a counter under the field) without bundling the schemas.
 */
export const limits = {
  mapTitle: 200,
  destinationTitle: 300,
  destinationDescription: 5000,
  destinationMeasure: 1000,
  destinationImpact: 2000,
  skillName: 200,
  levelNote: 2000,
  feedbackPartner: 200,
  feedbackDomain: 200,
  feedbackRubric: 5000,
  feedbackObservationNote: 1000,
  actionItemText: 1000,
  cycleGoal: 1000,
  cycleDescription: 5000,
  backupProject: 1000,
  cancelReason: 1000,
  switchReason: 1000,
  entryText: 5000,
  reviewText: 5000,
  nextGoal: 1000,
  artifactTitle: 300,
  artifactDescription: 5000,
  artifactOutcome: 500,
  metricName: 200,
  metricUnit: 40,
  comment: 4000,
  ratingNote: 1000,
} as const;

/** The largest artifact file, in bytes (10 MB): a design doc's PDF or a diagram's PNG, not a video. */
export const maxFileBytes = 10 * 1024 * 1024;

/** Endorsements: the quote's 600 characters are the issue's; a quote is a few sentences, not a review. */
export const endorsementLimits = {
  name: 200,
  relationship: 200,
  message: 2000,
  quote: 600,
} as const;

/** Teams and their workshops. */
export const teamLimits = {
  name: 200,
  workshopTitle: 300,
  workshopPracticeTask: 5000,
  workshopAgendaLine: 500,
  workshopAgendaLines: 20,
} as const;

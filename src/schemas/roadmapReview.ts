import { z } from 'zod';

export const reviewStep = z.object({
  id: z.string(),
  title: z.string(),
  prompt: z.string(),
  points: z.array(z.object({ text: z.string(), attention: z.boolean() })),
});

/** The growth roadmap review's outline: its outcomes are saved as a `roadmap-review` feedback session. */
export const roadmapReview = z.object({ owner: z.object({ userId: z.string(), name: z.string() }), steps: z.array(reviewStep) });
export type RoadmapReview = z.infer<typeof roadmapReview>;

import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accountPatch, setupBody, tokenCreateBody } from './accounts.js';
import { backupSwitchBody, cycleCreate, cyclePatch, cycleReviewBody, entryCreate } from './cycles.js';
import { wizardAccept, wizardAnswers } from './framework.js';
import { destinationCreate, levelChangeCreate, mapPatch, skillCreate, skillPatch } from './map.js';

const ID = '0190a5b2-1c3d-7e4f-8a9b-0c1d2e3f4a5b';

/** The message a body gets at one field path, or undefined when it parses there. */
function messageAt(schema: z.ZodType, body: unknown, path: string): string | undefined {
  const result = schema.safeParse(body);
  return result.success ? undefined : result.error.issues.find((i) => i.path.join('.') === path)?.message;
}

// Each row: a body whose field is left empty, and the label the web form shows above that field.
describe('a required text left empty is named by the label the form shows', () => {
  it.each([
    // map editor: the level-change form and the skill forms
    { label: '“Why did it change?”', schema: levelChangeCreate, body: { to: 'expert', note: ' ' }, path: 'note' },
    {
      label: '“Why did it change?”',
      schema: skillPatch,
      body: { version: 1, currentLevel: 'expert', note: '' },
      path: 'note',
    },
    {
      label: 'Skill name',
      schema: skillCreate,
      body: { name: '', currentLevel: 'novice', targetLevel: 'expert' },
      path: 'name',
    },
    { label: 'Skill name', schema: skillPatch, body: { version: 1, name: '' }, path: 'name' },
    // map header
    { label: 'Map title', schema: mapPatch, body: { version: 1, title: '' }, path: 'title' },
    { label: 'Tech stack', schema: mapPatch, body: { version: 1, techStack: [''] }, path: 'techStack.0' },
    { label: 'Title', schema: destinationCreate, body: { title: '', category: 'craft-and-process' }, path: 'title' },
    // cycles: cancel, switch to the backup project, the review's level adjustments, the log
    {
      label: 'Reason for cancelling',
      schema: cyclePatch,
      body: { version: 1, action: 'cancel', cancelReason: '' },
      path: 'cancelReason',
    },
    { label: '“Why switch?”', schema: backupSwitchBody, body: { version: 1, reason: '' }, path: 'reason' },
    {
      label: '“Why”',
      schema: cycleReviewBody,
      body: { wentWell: 'a', didNotGoWell: 'b', nextGoal: 'c', levelChanges: [{ skillId: ID, to: 'expert', note: '' }] },
      path: 'levelChanges.0.note',
    },
    {
      label: 'What went well',
      schema: cycleReviewBody,
      body: { wentWell: '', didNotGoWell: 'b', nextGoal: 'c' },
      path: 'wentWell',
    },
    {
      label: 'Next mini-goal',
      schema: cycleReviewBody,
      body: { wentWell: 'a', didNotGoWell: 'b', nextGoal: '' },
      path: 'nextGoal',
    },
    { label: 'What you did', schema: entryCreate, body: { week: 1, text: '' }, path: 'text' },
    {
      label: 'Goal',
      schema: cycleCreate,
      body: { destinationIds: [ID], goal: '', lengthWeeks: 6, reviewWeeks: 1, startDate: '2026-03-02' },
      path: 'goal',
    },
    // the wizard
    { label: 'Role', schema: wizardAnswers, body: { role: '', stage: 'scale', goals: [{ text: 'x' }] }, path: 'role' },
    { label: 'Tech stack', schema: wizardAccept, body: { techStack: [''] }, path: 'techStack.0' },
    {
      label: 'Skill name',
      schema: wizardAccept,
      body: {
        destinations: [
          {
            key: 'd1',
            title: 'Ship it',
            category: 'craft-and-process',
            skills: [{ name: '', currentLevel: 'novice', targetLevel: 'expert' }],
          },
        ],
      },
      path: 'destinations.0.skills.0.name',
    },
    // accounts
    { label: 'Name', schema: setupBody, body: { email: 'a@example.test', name: '', password: 'x'.repeat(12) }, path: 'name' },
    { label: 'Name', schema: accountPatch, body: { version: 1, name: '' }, path: 'name' },
    { label: 'Name', schema: tokenCreateBody, body: { name: '' }, path: 'name' },
  ])('$path is named $label', ({ label, schema, body, path }) => {
    expect(messageAt(schema, body, path)).toContain(label);
    expect(messageAt(schema, body, path)).toMatch(/is required\.$/);
  });

  it('the level-change note no longer says “Note”', () => {
    expect(messageAt(levelChangeCreate, { to: 'expert', note: '' }, 'note')).toBe('“Why did it change?” is required.');
  });

  it('a too-long value is named by the same label', () => {
    expect(messageAt(backupSwitchBody, { version: 1, reason: 'x'.repeat(1001) }, 'reason')).toBe(
      '“Why switch?” must be at most 1000 characters.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { type HealthInputs, evidenceHealthOf } from './evidenceHealth.js';

const skill = { id: 's1', name: 'Observability', destinationId: 'd1', currentLevel: 'practitioner' as const };
const empty: HealthInputs = { skills: [skill], levelChanges: [], artifacts: [], feedbackSessions: [], reviewedCycles: [] };

const healthOf = (inputs: Partial<HealthInputs>) => {
  const [result] = evidenceHealthOf({ ...empty, ...inputs });
  if (!result) throw new Error('no result');
  return result;
};

describe('evidence health', () => {
  it('warns when a level above Novice rests on nothing', () => {
    expect(healthOf({}).warning).toEqual({
      code: 'own-word',
      message: 'Practitioner in Observability rests on your own word alone: add an artifact, feedback or a cycle review.',
    });
  });

  it('says nothing of a Novice with nothing behind it', () => {
    expect(healthOf({ skills: [{ ...skill, currentLevel: 'novice' }] }).warning).toBeNull();
  });

  it('warns when one kind of evidence stands alone, with advice for what is missing', () => {
    const artifacts = [{ id: 'a1', skills: [{ skillId: 's1', level: 'expert' as const }] }];
    expect(healthOf({ artifacts }).warning).toEqual({
      code: 'one-kind',
      message: 'Practitioner in Observability rests on artifacts alone: ask for feedback or an endorsement.',
    });
    const feedbackSessions = [{ id: 'f1', observations: [{ skillId: 's1' }] }];
    expect(healthOf({ feedbackSessions }).warning?.message).toBe(
      'Practitioner in Observability rests on feedback alone: record an artifact that shows it.',
    );
  });

  it('counts artifacts only at or above the current level', () => {
    const artifacts = [{ id: 'a1', skills: [{ skillId: 's1', level: 'novice' as const }] }];
    expect(healthOf({ artifacts }).sources).toEqual([]);
  });

  it('gathers cited evidence, artifacts, feedback and reviewed cycles, each once, and stays quiet with two kinds', () => {
    const result = healthOf({
      levelChanges: [
        { id: 'c1', skillId: 's1', to: 'practitioner', evidence: [{ kind: 'link' }, { kind: 'artifact', id: 'a1' }] },
        // A later step above the current level (since undone) does not back the current level.
        { id: 'c2', skillId: 's1', to: 'expert', evidence: [{ kind: 'feedback', id: 'f9' }] },
        { id: 'c3', skillId: 'other', to: 'practitioner', evidence: [{ kind: 'cycle', id: 'y9' }] },
      ],
      artifacts: [{ id: 'a1', skills: [{ skillId: 's1', level: 'practitioner' }] }],
      reviewedCycles: [
        { id: 'y1', destinationIds: ['d1'] },
        { id: 'y2', destinationIds: ['d2'] },
      ],
    });
    expect(result.sources).toEqual([
      { kind: 'link', id: 'c1' },
      { kind: 'artifact', id: 'a1' },
      { kind: 'cycle', id: 'y1' },
    ]);
    expect(result.kinds).toEqual(['artifact', 'cycle', 'link']);
    expect(result.warning).toBeNull();
  });

  it('reads a kind it does not know by its name', () => {
    const levelChanges = [
      { id: 'c1', skillId: 's1', to: 'practitioner' as const, evidence: [{ kind: 'endorsement', id: 'e1' }] },
    ];
    expect(healthOf({ levelChanges }).warning?.message).toBe(
      'Practitioner in Observability rests on endorsements alone: record an artifact that shows it.',
    );
    const talk = [{ id: 'c1', skillId: 's1', to: 'practitioner' as const, evidence: [{ kind: 'talk', id: 't1' }] }];
    expect(healthOf({ levelChanges: talk }).warning?.message).toBe(
      'Practitioner in Observability rests on talk evidence alone: ask for feedback or an endorsement.',
    );
  });
});

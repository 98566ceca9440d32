import { describe, expect, it } from 'vitest';
import { evidenceFor, nextLevelMessage } from './nextLevel.js';

const artifact = '0190a000-0000-7000-8000-000000000001';
const session = '0190a000-0000-7000-8000-000000000002';
const cycle = '0190a000-0000-7000-8000-000000000003';
const endorsement = '0190a000-0000-7000-8000-000000000004';

describe('evidence for a ladder skill', () => {
  const records = {
    skills: [
      { id: 's1', name: 'Testing strategy' },
      { id: 's2', name: '  testing   STRATEGY ' },
      { id: 's3', name: 'Code review' },
    ],
    artifactSkills: [
      { artifactId: artifact, skillId: 's1' },
      { artifactId: artifact, skillId: 's2' },
    ],
    feedback: [{ id: session, skillIds: ['s3', 's2'] }],
    endorsements: [
      { id: endorsement, skillIds: ['s2'] },
      { id: 'other', skillIds: ['s3'] },
    ],
    levelChanges: [
      {
        skillId: 's1',
        evidence: [{ kind: 'cycle', id: cycle }, { kind: 'link' }, { kind: 'artifact', id: artifact }],
      },
    ],
  };

  it('matches map skills by name whatever the case and spacing, each item once, artifacts first', () => {
    expect(evidenceFor(records, 'Testing Strategy')).toEqual([
      { kind: 'artifact', id: artifact },
      { kind: 'feedback', id: session },
      { kind: 'endorsement', id: endorsement },
      { kind: 'cycle', id: cycle },
    ]);
  });

  it('finds nothing for a skill that is not on the map', () => {
    expect(evidenceFor(records, 'Distributed systems design')).toEqual([]);
  });
});

describe('the plain words with the gaps', () => {
  it('says a ladder is a guide for conversations, and when there is no next level', () => {
    const engineer = { id: 'e', name: 'Engineer', expectations: [] };
    expect(nextLevelMessage('Ours', engineer, { id: 's', name: 'Senior', expectations: [] })).toMatch(
      /^What Senior asks for beyond Engineer\. A ladder is a guide for conversations, not a checklist/,
    );
    expect(nextLevelMessage('Ours', engineer, null)).toMatch(/^Engineer is the top level of Ours/);
  });
});

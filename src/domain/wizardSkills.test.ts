import { describe, expect, it } from 'vitest';
import { content, draft, skillIds } from '../../test/support/wizardDrafts.js';
import { scoreSelfCheck } from './selfCheck.js';

describe('draftGrowthMap: skills and levels', () => {
  const releases = { goals: [{ text: 'Ship faster releases with canary deploys' }] };

  it('lets weak self-check answers choose skills and set starting levels', () => {
    const check = scoreSelfCheck(content, 'go-to-market', { 'gtm-releases': 'yes', 'gtm-visibility': 'not-yet' });
    const d = draft(releases, check);
    expect(d.destinations[0]?.category).toBe('craft-and-process');
    // Observability comes from the answer; Kubernetes, tied to the same answer, is another category: no third skill.
    expect(skillIds(d)).toEqual(['release-engineering', 'observability']);
    const [release, observability] = d.destinations[0]!.skills;
    expect(release).toMatchObject({ currentLevel: 'practitioner', targetLevel: 'expert' });
    expect(release?.why).toContain('Starting at Practitioner because you answered “yes” to “Our releases are predictable');
    expect(observability).toMatchObject({ currentLevel: 'novice', targetLevel: 'practitioner' });
    expect(observability?.why).toMatch(
      /^Suggested because your stage is Go-To-Market and you answered “not yet” to “I can see how/,
    );
    // Without the self-check nothing points at observability: the craft skill of another stage fills in.
    expect(skillIds(draft(releases, null))).toEqual(['release-engineering', 'testing-strategy']);
    expect(draft(releases, null).destinations[0]?.skills[0]?.why).toContain(
      'Starting at Novice because no self-check answer covers it',
    );
  });

  it('starts at novice for a "partly" answer', () => {
    const check = scoreSelfCheck(content, 'go-to-market', { 'gtm-releases': 'partly' });
    expect(draft(releases, check).destinations[0]?.skills[0]).toMatchObject({
      currentLevel: 'novice',
      targetLevel: 'practitioner',
    });
  });

  it('ignores a self-check of another stage', () => {
    const mvp = scoreSelfCheck(content, 'mvp-foundation', { 'mvp-own-change': 'yes' });
    expect(draft(releases, mvp)).toEqual(draft(releases, null));
  });

  it('reads weak answers from toWorkOn when a stored result has no answers', () => {
    const check = scoreSelfCheck(content, 'go-to-market', { 'gtm-visibility': 'not-yet' });
    const { answers: _dropped, ...stored } = check;
    expect(skillIds(draft(releases, stored))).toEqual(skillIds(draft(releases, check)));
  });

  it('adds a skill the tech stack mentions', () => {
    expect(skillIds(draft({}, null))).toEqual(['distributed-systems-design', 'observability']);
    const d = draft({ techStack: ['Kubernetes'] }, null);
    expect(skillIds(d)).toEqual(['distributed-systems-design', 'observability', 'kubernetes-operations']);
    expect(d.destinations[0]?.skills[2]?.why).toContain('your stack mentions Kubernetes');
  });

  it('does not give two destinations the same catalogue skill unless a template asks for it', () => {
    const d = draft({ goals: [{ text: 'Ship faster releases with canary deploys' }, { text: 'Improve our release process' }] });
    const [a, b] = [skillIds(d, 0), skillIds(d, 1)];
    expect(a?.filter((id) => b?.includes(id))).toEqual([]);
  });
});

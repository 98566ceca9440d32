import { describe, expect, it } from 'vitest';
import {
  type Action,
  type Caller,
  type Grant,
  type Target,
  actions,
  consents,
  decideAccess,
  sectionOf,
  sections,
} from './access.js';

const owner = 'owner';
const member = { userId: 'viewer', role: 'member' as const };
const admin = { userId: 'admin', role: 'admin' as const };
const targets: Target[] = [...sections, 'levels'];

const decide = (grants: Grant[], target: Target, action: Action, caller: Caller = member) =>
  decideAccess({ caller, ownerId: owner, target, action, grants });

/** Every subset of the five sections: 32 mentorships. */
const subsets: Grant[] = Array.from({ length: 2 ** sections.length }, (_, mask) => ({
  via: 'mentorship',
  id: `m${mask}`,
  sections: sections.filter((_, bit) => mask & (1 << bit)),
}));

describe('decideAccess', () => {
  it('lets the owner do everything with their own records, whoever else holds grants', () => {
    for (const target of targets) {
      for (const action of actions) {
        expect(decideAccess({ caller: { userId: owner, role: 'member' }, ownerId: owner, target, action, grants: [] })).toEqual({
          allowed: true,
          via: 'owner',
          grantId: null,
        });
      }
    }
  });

  it('refuses everything to someone without a grant, administrators included', () => {
    for (const caller of [member, admin]) {
      for (const target of targets) {
        for (const action of actions) expect(decide([], target, action, caller)).toEqual({ allowed: false });
      }
    }
  });

  it('lets a mentor read, comment and rate exactly the granted sections (map brings its levels), and never write', () => {
    for (const grant of subsets) {
      if (grant.via !== 'mentorship') continue;
      for (const target of targets) {
        for (const action of actions) {
          const holds = grant.sections.includes(sectionOf(target));
          const expected = holds && action !== 'write';
          expect(decide([grant], target, action).allowed, `${grant.sections.join('+')} ${target} ${action}`).toBe(expected);
          if (expected) expect(decide([grant], target, action)).toEqual({ allowed: true, via: 'mentorship', grantId: grant.id });
        }
      }
    }
  });

  it('lets a team lead read by consent only: levels, then goals, then evidence; never feedback or self-checks', () => {
    const reach: Record<string, Target[]> = {
      levels: ['levels'],
      goals: ['levels', 'map', 'cycles'],
      everything: ['levels', 'map', 'cycles', 'evidence'],
    };
    for (const consent of consents) {
      const grant: Grant = { via: 'team', id: `t-${consent}`, consent };
      for (const target of targets) {
        for (const action of actions) {
          const expected = action === 'read' && (reach[consent] ?? []).includes(target);
          expect(decide([grant], target, action).allowed, `${consent} ${target} ${action}`).toBe(expected);
        }
      }
    }
  });

  it('combines grants: any one that allows is enough, and a mentorship is named before a team', () => {
    const team: Grant = { via: 'team', id: 't', consent: 'everything' };
    const mentorship: Grant = { via: 'mentorship', id: 'm', sections: ['evidence', 'feedback'] };
    expect(decide([team, mentorship], 'evidence', 'read')).toEqual({ allowed: true, via: 'mentorship', grantId: 'm' });
    expect(decide([team, mentorship], 'map', 'read')).toEqual({ allowed: true, via: 'team', grantId: 't' });
    expect(decide([team, mentorship], 'feedback', 'comment')).toEqual({ allowed: true, via: 'mentorship', grantId: 'm' });
    expect(decide([team, mentorship], 'self-checks', 'read')).toEqual({ allowed: false });
    expect(decide([team, mentorship], 'map', 'write')).toEqual({ allowed: false });
  });

  it('logs the narrow levels under the map section', () => {
    expect(sectionOf('levels')).toBe('map');
    for (const section of sections) expect(sectionOf(section)).toBe(section);
  });
});

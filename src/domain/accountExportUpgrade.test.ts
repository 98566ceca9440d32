import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountExport, accountExportV1 } from '../schemas/export.js';
import { upgradeFromV1 } from './accountExportUpgrade.js';

const v1 = accountExportV1.parse(
  JSON.parse(readFileSync(new URL('../../test/fixtures/account-export-v1.json', import.meta.url), 'utf8')),
);
const viewId = '0190aaaa-0000-7000-8000-00000000000a';

describe('upgradeFromV1', () => {
  const upgraded = upgradeFromV1(v1, () => viewId);

  it('gives a file of the current version that its schema accepts', () => {
    expect(accountExport.parse(upgraded)).toEqual(upgraded);
    expect(upgraded).toMatchObject({ formatVersion: 2, exportedAt: v1.exportedAt, user: v1.user });
  });

  it('keeps every id and every link between records, and the order as positions', () => {
    const { records } = upgraded;
    expect(records.growth_maps.map((m) => m.id)).toEqual([v1.map.id]);
    expect(records.destinations.map((d) => [d.id, d.position])).toEqual(v1.map.destinations.map((d, i) => [d.id, i]));
    expect(records.skills.map((s) => s.destination_id)).toEqual(v1.map.destinations.flatMap((d) => d.skills.map(() => d.id)));
    expect(records.cycle_destinations).toEqual(
      v1.cycles.flatMap((c) => c.destinationIds.map((d) => ({ cycle_id: c.id, destination_id: d }))),
    );
    expect(records.action_items.map((a) => a.position)).toEqual([0, 1]);
    expect(records.artifact_files).toEqual([
      expect.objectContaining({ artifact_id: v1.artifacts[0]?.id, bytes: v1.artifacts[0]?.fileBase64, type: 'image/png' }),
    ]);
    expect(records.portfolio_items).toEqual(v1.portfolio.artifactIds.map((id, position) => ({ artifact_id: id, position })));
    expect(records.portfolio_share_views).toEqual([
      { id: viewId, share_id: v1.portfolioShares[0]?.id, viewed_at: expect.any(String) },
    ]);
  });

  it('turns what the API showed back into what a row keeps', () => {
    const { records } = upgraded;
    expect(JSON.parse(records.growth_maps[0]?.tech_stack ?? '')).toEqual(['Go', 'Kafka']);
    expect(records.preferences).toEqual([expect.objectContaining({ review_cadence_months: 6, digest_enabled: 1 })]);
    expect(records.endorsement_requests[0]?.answered_at).toBe(v1.endorsements[0]?.createdAt);
    expect(JSON.parse(records.endorsements[0]?.observations ?? '')).toEqual([
      { skillId: v1.endorsements[0]?.observations[0]?.skillId, level: 'practitioner' },
    ]);
    expect(records.feedback_sessions[0]?.partner_key).toBe('grace');
    expect(records.ladder_choices).toEqual([{ ladder_id: v1.ladder?.ladder.id, level_id: 'senior', updated_at: v1.exportedAt }]);
  });

  it('marks a cancelled cycle and a withdrawn request as of the export, the moment version 1 knew them by', () => {
    const cycle = v1.cycles[0];
    const request = v1.endorsementRequests[0];
    if (!cycle || !request) throw new Error('fixture without a cycle or request');
    const file = {
      ...v1,
      cycles: [{ ...cycle, status: 'cancelled' as const, cancelReason: 'Moved team' }],
      endorsementRequests: [{ ...request, status: 'withdrawn' as const }],
      endorsements: [],
    };
    const { records } = upgradeFromV1(file, () => viewId);
    expect(records.cycles[0]).toMatchObject({ cancelled_at: v1.exportedAt, cancel_reason: 'Moved team' });
    expect(records.endorsement_requests[0]).toMatchObject({ withdrawn_at: v1.exportedAt, answered_at: null });
  });
});

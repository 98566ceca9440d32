import type { AccountRecords } from '../schemas/accountRecords.js';
import type { AccountExport, AccountExportV1 } from '../schemas/export.js';
import { partnerKey } from './feedbackSessions.js';

/**
 * A version-1 file (the account as the API showed it) as the current version (the account's records).
 * Version 1 did not keep everything a row holds; what it lacks is filled the way the app would
 * have: positions from the order, finished pauses as none, and an instant it did not record
 * (when a destination was made, when a request was withdrawn) as the moment of the export.
 * `newId` names the records version 1 kept without an id (the views of a shared portfolio).
 */
export function upgradeFromV1(file: AccountExportV1, newId: () => string): AccountExport {
  const at = file.exportedAt;
  const json = (value: unknown) => JSON.stringify(value);
  const { map } = file;
  const answeredAt = new Map(file.endorsements.map((e) => [e.requestId, e.createdAt]));
  const records: AccountRecords = {
    growth_maps: [
      {
        id: map.id,
        title: map.title,
        role: map.role,
        tech_stack: json(map.techStack),
        system_stage: map.systemStage,
        version: map.version,
        created_at: file.user.createdAt,
        updated_at: map.updatedAt,
      },
    ],
    destinations: map.destinations.map((d, position) => ({
      id: d.id,
      map_id: map.id,
      title: d.title,
      category: d.category,
      description: d.description,
      measure: d.measure,
      target_date: d.targetDate,
      business_impact: d.businessImpact,
      status: d.status,
      position,
      version: d.version,
      created_at: at,
      updated_at: at,
    })),
    skills: map.destinations.flatMap((d) =>
      d.skills.map((s, position) => ({
        id: s.id,
        destination_id: d.id,
        name: s.name,
        current_level: s.currentLevel,
        target_level: s.targetLevel,
        position,
        version: s.version,
        created_at: at,
        updated_at: at,
      })),
    ),
    level_changes: file.levelChanges.map((c) => ({
      id: c.id,
      skill_id: c.skillId,
      from_level: c.from,
      to_level: c.to,
      note: c.note,
      evidence: json(c.evidence),
      date: c.date,
      created_at: c.createdAt,
    })),
    preferences: [preferencesOf(file.preferences, at)],
    cycles: file.cycles.map((c) => ({
      id: c.id,
      goal: c.goal,
      description: c.description,
      length_weeks: c.lengthWeeks,
      review_weeks: c.reviewWeeks,
      start_date: c.startDate,
      review_date: c.reviewDate,
      modes: json(c.modes),
      backup_project: c.backupProject,
      using_backup: c.usingBackup ? 1 : 0,
      paused_since: c.pausedSince,
      paused_days: 0,
      pauses: '[]',
      cancelled_at: c.status === 'cancelled' ? at : null,
      cancel_reason: c.cancelReason,
      reviewed_at: c.review?.reviewedAt ?? null,
      went_well: c.review?.wentWell ?? null,
      did_not_go_well: c.review?.didNotGoWell ?? null,
      next_goal: c.review?.nextGoal ?? null,
      review_level_change_ids: c.review ? json(c.review.levelChangeIds) : null,
      version: c.version,
      created_at: c.createdAt,
      updated_at: c.createdAt,
    })),
    cycle_destinations: file.cycles.flatMap((c) =>
      c.destinationIds.map((destinationId) => ({ cycle_id: c.id, destination_id: destinationId })),
    ),
    progress_entries: file.progressEntries.map((e) => ({
      id: e.id,
      cycle_id: e.cycleId,
      week: e.week,
      kind: e.kind,
      text: e.text,
      evidence: json(e.evidence),
      version: e.version,
      created_at: e.createdAt,
      updated_at: e.createdAt,
    })),
    quarterly_reviews: file.quarterlyReviews.map((r) => ({
      id: r.id,
      date: r.date,
      notes: r.notes,
      decisions: json(r.decisions),
      snapshot: json(r.snapshot),
      wins: r.wins,
      created_at: r.createdAt,
    })),
    self_checks: file.selfChecks.map((s) => ({
      id: s.id,
      stage: s.stage,
      answers: json(s.answers),
      taken_on: s.takenOn,
      created_at: s.createdAt,
    })),
    feedback_sessions: file.feedbackSessions.map((s) => ({
      id: s.id,
      kind: s.kind,
      date: s.date,
      partner: s.partner,
      partner_key: partnerKey(s.partner),
      domain: s.domain,
      went_well: s.wentWell,
      challenging: s.challenging,
      improve_next: s.improveNext,
      support_needed: s.supportNeeded,
      observations: json(s.observations),
      outcomes: '[]',
      version: s.version,
      created_at: s.createdAt,
      updated_at: s.createdAt,
    })),
    action_items: file.actionItems.map((item) => ({
      id: item.id,
      session_id: item.sessionId,
      position: file.actionItems.filter((other) => other.sessionId === item.sessionId).indexOf(item),
      text: item.text,
      owner: item.owner,
      due: item.due,
      status: item.status,
      carried_into: json(item.carriedInto),
      version: item.version,
      created_at: item.createdAt,
      updated_at: item.createdAt,
    })),
    artifacts: file.artifacts.map((a) => ({
      id: a.id,
      title: a.title,
      kind: a.kind,
      date: a.date,
      url: a.url,
      description: a.description,
      outcome: a.outcome,
      metric: a.metric ? json(a.metric) : null,
      cycle_id: a.cycleId,
      version: a.version,
      created_at: a.createdAt,
      updated_at: a.createdAt,
    })),
    artifact_skills: file.artifacts.flatMap((a) =>
      a.skills.map((s, position) => ({ artifact_id: a.id, skill_id: s.skillId, level: s.level, position })),
    ),
    artifact_destinations: file.artifacts.flatMap((a) =>
      a.destinationIds.map((destinationId, position) => ({ artifact_id: a.id, destination_id: destinationId, position })),
    ),
    artifact_files: file.artifacts.flatMap((a) =>
      a.file && a.fileBase64 !== null
        ? [
            {
              artifact_id: a.id,
              name: a.file.name,
              type: a.file.type,
              size: a.file.size,
              bytes: a.fileBase64,
              created_at: a.createdAt,
            },
          ]
        : [],
    ),
    talking_point_drafts: file.talkingPointsDraft
      ? [{ markdown: file.talkingPointsDraft.markdown, version: file.talkingPointsDraft.version, created_at: at, updated_at: at }]
      : [],
    portfolios: [{ version: 1, updated_at: at }],
    portfolio_items: file.portfolio.artifactIds.map((artifactId, position) => ({ artifact_id: artifactId, position })),
    portfolio_shares: file.portfolioShares.map((s) => ({
      id: s.id,
      snapshot: json(s.snapshot),
      include_endorsements: s.includeEndorsements ? 1 : 0,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      revoked_at: s.revokedAt,
    })),
    portfolio_share_views: file.portfolioShares.flatMap((s) =>
      s.views.map((view) => ({ id: newId(), share_id: s.id, viewed_at: view.viewedAt })),
    ),
    endorsement_requests: file.endorsementRequests.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      relationship: r.relationship,
      skill_ids: json(r.skillIds),
      artifact_id: r.artifactId,
      message: r.message,
      created_at: r.createdAt,
      expires_at: r.expiresAt,
      answered_at: r.status === 'answered' ? (answeredAt.get(r.id) ?? at) : null,
      withdrawn_at: r.status === 'withdrawn' ? at : null,
    })),
    endorsements: file.endorsements.map((e) => ({
      id: e.id,
      request_id: e.requestId,
      quote: e.quote,
      relationship: e.relationship,
      observations: json(e.observations.map(({ skillId, level }) => ({ skillId, level }))),
      show_name: e.showName ? 1 : 0,
      status: e.status,
      version: e.version,
      created_at: e.createdAt,
      updated_at: e.createdAt,
    })),
    ladder_choices: file.ladder ? [{ ladder_id: file.ladder.ladder.id, level_id: file.ladder.level.id, updated_at: at }] : [],
  };
  return { format: 'growth-map-export', formatVersion: 2, exportedAt: at, user: file.user, records };
}

function preferencesOf(p: AccountExportV1['preferences'], at: string): AccountRecords['preferences'][number] {
  const cadence = p.feedbackCadence;
  return {
    review_cadence_months: p.reviewCadenceMonths,
    feedback_weekday: cadence?.weekday ?? null,
    feedback_time: cadence?.time ?? null,
    feedback_interval_weeks: cadence?.intervalWeeks ?? null,
    feedback_start_date: cadence?.startDate ?? null,
    digest_enabled: p.digestEnabled ? 1 : 0,
    onboarding_dismissed: p.onboardingDismissed ? 1 : 0,
    pairing_stale_weeks: p.pairingStaleWeeks,
    wins_webhook_url: p.winsWebhookUrl,
    version: p.version,
    updated_at: at,
  };
}

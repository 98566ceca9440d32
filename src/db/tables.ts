/**
 * Row types. They stay inside db/: the rest of the code speaks in the shapes of schemas/.
 * Portable column types only: text for ids, instants (ISO 8601 UTC) and dates
 * ('YYYY-MM-DD'), integer for numbers and booleans (0/1), text for JSON, and Uint8Array for
 * file bytes (blob on SQLite, bytea on PostgreSQL; tables.test.ts knows both).
 */
export interface Tables {
  settings: { key: string; value: string };
  users: {
    id: string;
    email: string;
    name: string;
    password_hash: string;
    role: string;
    time_zone: string;
    disabled: number;
    created_at: string;
    updated_at: string;
    version: number;
  };
  sessions: {
    id_hash: string;
    user_id: string;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
  };
  api_tokens: {
    id: string;
    user_id: string;
    name: string;
    token_hash: string;
    created_at: string;
    last_used_at: string | null;
    expires_at: string | null;
  };
  invitations: {
    id: string;
    token_hash: string;
    created_by: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    used_by: string | null;
    revoked_at: string | null;
  };
  password_resets: {
    id: string;
    token_hash: string;
    user_id: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
  idempotency_keys: {
    user_id: string;
    /** method and path, e.g. "POST /api/v1/destinations" */
    route: string;
    key_hash: string;
    /** null while the first request runs */
    status: number | null;
    body: string | null;
    created_at: string;
  };
  sign_in_attempts: {
    /** "email:<address>" or "address:<ip>" */
    key: string;
    window_start: string;
    attempts: number;
  };
  growth_maps: {
    id: string;
    user_id: string;
    title: string;
    role: string | null;
    tech_stack: string;
    system_stage: string | null;
    version: number;
    created_at: string;
    updated_at: string;
    /** Moved by the database on every change to the map, its destinations and skills (0012). */
    revision: number;
  };
  destinations: {
    id: string;
    map_id: string;
    title: string;
    category: string;
    description: string | null;
    measure: string | null;
    target_date: string | null;
    business_impact: string | null;
    status: string;
    position: number;
    version: number;
    created_at: string;
    updated_at: string;
  };
  skills: {
    id: string;
    destination_id: string;
    name: string;
    current_level: string;
    target_level: string;
    position: number;
    version: number;
    created_at: string;
    updated_at: string;
  };
  level_changes: {
    id: string;
    skill_id: string;
    from_level: string | null;
    to_level: string;
    note: string;
    evidence: string;
    date: string;
    created_at: string;
  };
  cycles: {
    id: string;
    user_id: string;
    goal: string;
    description: string | null;
    length_weeks: number;
    review_weeks: number;
    start_date: string;
    review_date: string;
    modes: string;
    backup_project: string | null;
    using_backup: number;
    paused_since: string | null;
    paused_days: number;
    pauses: string;
    cancelled_at: string | null;
    cancel_reason: string | null;
    reviewed_at: string | null;
    went_well: string | null;
    did_not_go_well: string | null;
    next_goal: string | null;
    review_level_change_ids: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  cycle_destinations: { cycle_id: string; destination_id: string };
  progress_entries: {
    id: string;
    cycle_id: string;
    week: number;
    kind: string;
    text: string;
    evidence: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  preferences: {
    user_id: string;
    review_cadence_months: number;
    feedback_weekday: string | null;
    feedback_time: string | null;
    feedback_interval_weeks: number | null;
    feedback_start_date: string | null;
    digest_enabled: number;
    onboarding_dismissed: number;
    calendar_token_hash: string | null;
    pairing_stale_weeks: number;
    wins_webhook_url: string | null;
    version: number;
    updated_at: string;
  };
  quarterly_reviews: {
    id: string;
    user_id: string;
    date: string;
    notes: string | null;
    decisions: string;
    snapshot: string;
    wins: string;
    created_at: string;
  };
  digest_deliveries: {
    id: string;
    user_id: string;
    period: string;
    status: string;
    attempts: number;
    next_attempt_at: string;
    lease_until: string | null;
    last_error: string | null;
    sent_at: string | null;
    created_at: string;
  };
  self_checks: {
    id: string;
    user_id: string;
    stage: string;
    answers: string;
    taken_on: string;
    created_at: string;
  };
  content_uploads: {
    id: string;
    file: string;
    /** The text as uploaded: a content YAML file, or the CSV of a skills matrix. */
    body: string;
    /** The validated file as JSON ({mode, items}); null on uploads from before it was kept. */
    parsed: string | null;
    source_name: string;
    uploaded_by: string | null;
    created_at: string;
  };
  feedback_sessions: {
    id: string;
    user_id: string;
    kind: string;
    date: string;
    partner: string;
    partner_key: string;
    domain: string | null;
    went_well: string | null;
    challenging: string | null;
    improve_next: string | null;
    support_needed: string | null;
    observations: string;
    /** The mentor a session was co-written with (0015) */
    written_with: string | null;
    /** JSON [{step, title, text}]: a growth roadmap review's outcomes (0015) */
    outcomes: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  action_items: {
    id: string;
    user_id: string;
    session_id: string;
    position: number;
    text: string;
    owner: string;
    due: string | null;
    status: string;
    carried_into: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  artifacts: {
    id: string;
    user_id: string;
    title: string;
    kind: string;
    date: string | null;
    url: string | null;
    description: string | null;
    outcome: string | null;
    /** JSON {name, before, after, unit, measuredOn, sourceUrl} */
    metric: string | null;
    cycle_id: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  artifact_skills: { artifact_id: string; skill_id: string; level: string; position: number };
  artifact_destinations: { artifact_id: string; destination_id: string; position: number };
  artifact_files: {
    artifact_id: string;
    name: string;
    type: string;
    size: number;
    /** blob on SQLite, bytea on PostgreSQL; both drivers read a Buffer */
    bytes: Uint8Array;
    created_at: string;
  };
  talking_point_drafts: {
    user_id: string;
    markdown: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  endorsement_requests: {
    id: string;
    user_id: string;
    token_hash: string;
    name: string;
    email: string | null;
    relationship: string | null;
    /** JSON array of skill ids */
    skill_ids: string;
    artifact_id: string | null;
    message: string | null;
    created_at: string;
    expires_at: string;
    answered_at: string | null;
    withdrawn_at: string | null;
  };
  endorsements: {
    id: string;
    user_id: string;
    request_id: string;
    quote: string;
    relationship: string | null;
    /** JSON [{skillId, level}] */
    observations: string;
    show_name: number;
    status: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  portfolios: { user_id: string; version: number; updated_at: string };
  portfolio_items: { artifact_id: string; user_id: string; position: number };
  portfolio_shares: {
    id: string;
    user_id: string;
    token_hash: string;
    /** JSON: the shared portfolio as it was when shared */
    snapshot: string;
    include_endorsements: number;
    created_at: string;
    expires_at: string;
    revoked_at: string | null;
  };
  portfolio_share_views: { id: string; share_id: string; viewed_at: string };
  ladders: {
    id: string;
    name: string;
    /** ft, monzo or growth-map */
    format: string;
    source_name: string;
    /** JSON [{id, name, expectations: [{area, statement, skill, expected}]}], lowest level first */
    levels: string;
    uploaded_by: string | null;
    created_at: string;
  };
  ladder_choices: { user_id: string; ladder_id: string; level_id: string; updated_at: string };
  user_identities: { issuer: string; subject: string; user_id: string; created_at: string };
  oidc_logins: { id_hash: string; state: string; nonce: string; code_verifier: string; created_at: string; expires_at: string };
  teams: {
    id: string;
    lead_id: string;
    name: string;
    members_see_heatmap: number;
    version: number;
    /** moved by triggers on memberships and members' pairing sessions (0016) */
    revision: number;
    created_at: string;
    updated_at: string;
  };
  team_memberships: {
    id: string;
    team_id: string;
    /** null until the invited address has an account */
    user_id: string | null;
    /** lowercased */
    email: string;
    invitation_id: string | null;
    /** invited or active */
    status: string;
    /** levels, goals or everything; null while invited */
    consent: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  workshops: {
    id: string;
    team_id: string;
    skill: string;
    title: string;
    practice_task: string;
    /** JSON [{title, authors, why, url}] */
    readings: string;
    /** JSON array of lines */
    agenda: string;
    date: string | null;
    start_time: string | null;
    length_minutes: number;
    recorded_at: string | null;
    /** JSON array of user ids */
    attendees: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  mentorships: {
    id: string;
    engineer_id: string;
    /** null until the invited email's account accepts */
    mentor_id: string | null;
    /** the invited email, lower case */
    email: string;
    /** JSON: the shared sections */
    sections: string;
    /** invited or active */
    status: string;
    invitation_id: string | null;
    version: number;
    created_at: string;
    updated_at: string;
    accepted_at: string | null;
  };
  access_log: { id: string; owner_id: string; viewer_id: string; section: string; via: string; at: string };
  comments: {
    id: string;
    /** Whose record the comment is on */
    owner_id: string;
    author_id: string;
    /** destination, progress-entry or artifact */
    subject_kind: string;
    subject_id: string;
    body: string;
    created_at: string;
  };
  comment_reads: { comment_id: string; user_id: string; read_at: string };
  mentor_ratings: {
    id: string;
    owner_id: string;
    mentor_id: string;
    skill_id: string;
    level: string;
    note: string | null;
    created_at: string;
  };
  mentee_views: { mentor_id: string; owner_id: string; seen_at: string };
}

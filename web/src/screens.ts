/**
 * Every screen of the web app: its address and its page module under `web/src/pages`. The router
 * is made from this list (App.tsx), and the build writes what each address loads (`screens.json`)
 * so the server names a screen's files in the page it sends for that address.
 */
export interface ScreenEntry {
  path: string;
  /** The module under web/src/pages, without its extension: `map/MapEditorPage`. */
  page: string;
}

/** Screens anyone can open: first run, sign-in, an invitation, a password reset. */
export const publicScreens: readonly ScreenEntry[] = [
  { path: '/setup', page: 'accounts/SetupPage' },
  { path: '/sign-in', page: 'accounts/SignInPage' },
  { path: '/join', page: 'accounts/JoinPage' },
  { path: '/join/:token', page: 'accounts/JoinPage' },
  { path: '/reset/:token', page: 'accounts/ResetPasswordPage' },
];

/** Screens for a signed-in person; the router sends anyone else to sign in (or to set up). */
export const signedInScreens: readonly ScreenEntry[] = [
  { path: '/', page: 'planning/ThisWeekPage' },
  { path: '/cycles', page: 'planning/CyclesPage' },
  { path: '/cycles/new', page: 'planning/NewCyclePage' },
  { path: '/cycles/:id', page: 'planning/CyclePage' },
  { path: '/reviews', page: 'planning/ReviewsPage' },
  { path: '/settings', page: 'planning/SettingsPage' },
  { path: '/map', page: 'map/MapEditorPage' },
  { path: '/map/one-page', page: 'map/OnePageMapPage' },
  { path: '/skills/:id', page: 'map/SkillHistoryPage' },
  { path: '/artifacts', page: 'artifacts/ArtifactsPage' },
  { path: '/artifacts/new', page: 'artifacts/NewArtifactPage' },
  { path: '/artifacts/:id', page: 'artifacts/ArtifactPage' },
  { path: '/portfolio', page: 'portfolio/PortfolioPage' },
  { path: '/portfolio/shares', page: 'portfolio/SharesPage' },
  { path: '/account', page: 'accounts/AccountPage' },
  { path: '/account/tokens', page: 'accounts/TokensPage' },
  { path: '/admin', page: 'accounts/AdminPage' },
  { path: '/admin/framework', page: 'framework/FrameworkAdminPage' },
  { path: '/admin/ladders', page: 'ladders/LaddersAdminPage' },
  { path: '/next-level', page: 'ladders/NextLevelPage' },
  { path: '/framework', page: 'framework/FrameworkPage' },
  { path: '/framework/skills', page: 'framework/CataloguePage' },
  { path: '/framework/wizard', page: 'framework/WizardPage' },
  { path: '/framework/:stage', page: 'framework/StagePage' },
  { path: '/framework/:stage/self-check', page: 'framework/SelfCheckPage' },
  { path: '/endorsements', page: 'endorsements/EndorsementsPage' },
  { path: '/endorsements/sheet', page: 'endorsements/SheetPage' },
  { path: '/feedback', page: 'feedback/FeedbackPage' },
  { path: '/feedback/new', page: 'feedback/SessionFormPage' },
  { path: '/feedback/action-items', page: 'feedback/ActionItemsPage' },
  { path: '/feedback/rotation', page: 'feedback/RotationPage' },
  { path: '/feedback/:id', page: 'feedback/SessionFormPage' },
  { path: '/teams', page: 'teams/TeamsPage' },
  { path: '/teams/:id', page: 'teams/TeamPage' },
  { path: '/workshops/:id', page: 'teams/WorkshopPage' },
  { path: '/talking-points', page: 'talkingPoints/TalkingPointsPage' },
  { path: '/mentors', page: 'mentors/MentorsPage' },
  { path: '/access-log', page: 'mentors/AccessLogPage' },
  { path: '/mentees', page: 'mentoring/MenteesPage' },
  { path: '/mentees/:id/map', page: 'mentoring/MenteeMapPage' },
  { path: '/mentees/:id/roadmap-review', page: 'mentoring/RoadmapReviewPage' },
  { path: '/roadmap-review', page: 'mentoring/RoadmapReviewPage' },
  { path: '/comments', page: 'mentoring/CommentsPage' },
  { path: '/ratings', page: 'mentoring/RatingsPage' },
];

export const allScreens: readonly ScreenEntry[] = [...publicScreens, ...signedInScreens];

import { useQuery } from '@tanstack/react-query';
import { type ComponentType, Suspense, lazy } from 'react';
import { Navigate, Outlet, createBrowserRouter, useLocation } from 'react-router';
import { api } from './api/client.js';
import { Layout } from './components/Layout.js';
import { Loading, Page } from './components/Page.js';
import { useSession } from './session.js';

// Each screen is its own chunk, so showing the one-page map loads only what it needs.
const page = (load: () => Promise<{ default: ComponentType }>) => {
  const Component = lazy(load);
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
};

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup'],
    queryFn: () => api('GET /api/v1/setup'),
    staleTime: 30_000,
  });
}

/** Signed-in screens: first run goes to setup, everyone else without a session to sign-in. */
function RequireUser() {
  const { user, loading } = useSession();
  const setup = useSetupStatus();
  const location = useLocation();
  if (loading || setup.isPending) return <Loading />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}

function NotFound() {
  return (
    <Page title="Page not found">
      <p>
        There is nothing at this address. Go to <a href="/">this week</a> or <a href="/map">your Growth Map</a>.
      </p>
    </Page>
  );
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/setup', element: page(() => import('./pages/accounts/SetupPage.js')) },
      { path: '/sign-in', element: page(() => import('./pages/accounts/SignInPage.js')) },
      { path: '/join', element: page(() => import('./pages/accounts/JoinPage.js')) },
      { path: '/join/:token', element: page(() => import('./pages/accounts/JoinPage.js')) },
      { path: '/reset/:token', element: page(() => import('./pages/accounts/ResetPasswordPage.js')) },
      {
        element: <RequireUser />,
        children: [
          { path: '/', element: page(() => import('./pages/planning/ThisWeekPage.js')) },
          { path: '/cycles', element: page(() => import('./pages/planning/CyclesPage.js')) },
          { path: '/cycles/new', element: page(() => import('./pages/planning/NewCyclePage.js')) },
          { path: '/cycles/:id', element: page(() => import('./pages/planning/CyclePage.js')) },
          { path: '/reviews', element: page(() => import('./pages/planning/ReviewsPage.js')) },
          { path: '/settings', element: page(() => import('./pages/planning/SettingsPage.js')) },
          { path: '/map', element: page(() => import('./pages/map/MapEditorPage.js')) },
          { path: '/map/one-page', element: page(() => import('./pages/map/OnePageMapPage.js')) },
          { path: '/skills/:id', element: page(() => import('./pages/map/SkillHistoryPage.js')) },
          { path: '/artifacts', element: page(() => import('./pages/artifacts/ArtifactsPage.js')) },
          { path: '/artifacts/new', element: page(() => import('./pages/artifacts/NewArtifactPage.js')) },
          { path: '/artifacts/:id', element: page(() => import('./pages/artifacts/ArtifactPage.js')) },
          { path: '/portfolio', element: page(() => import('./pages/portfolio/PortfolioPage.js')) },
          { path: '/portfolio/shares', element: page(() => import('./pages/portfolio/SharesPage.js')) },
          { path: '/account', element: page(() => import('./pages/accounts/AccountPage.js')) },
          { path: '/account/tokens', element: page(() => import('./pages/accounts/TokensPage.js')) },
          { path: '/admin', element: page(() => import('./pages/accounts/AdminPage.js')) },
          { path: '/admin/framework', element: page(() => import('./pages/framework/FrameworkAdminPage.js')) },
          { path: '/admin/ladders', element: page(() => import('./pages/ladders/LaddersAdminPage.js')) },
          { path: '/next-level', element: page(() => import('./pages/ladders/NextLevelPage.js')) },
          { path: '/framework', element: page(() => import('./pages/framework/FrameworkPage.js')) },
          { path: '/framework/skills', element: page(() => import('./pages/framework/CataloguePage.js')) },
          { path: '/framework/wizard', element: page(() => import('./pages/framework/WizardPage.js')) },
          { path: '/framework/:stage', element: page(() => import('./pages/framework/StagePage.js')) },
          { path: '/framework/:stage/self-check', element: page(() => import('./pages/framework/SelfCheckPage.js')) },
          { path: '/endorsements', element: page(() => import('./pages/endorsements/EndorsementsPage.js')) },
          { path: '/endorsements/sheet', element: page(() => import('./pages/endorsements/SheetPage.js')) },
          { path: '/feedback', element: page(() => import('./pages/feedback/FeedbackPage.js')) },
          { path: '/feedback/new', element: page(() => import('./pages/feedback/SessionFormPage.js')) },
          { path: '/feedback/action-items', element: page(() => import('./pages/feedback/ActionItemsPage.js')) },
          { path: '/feedback/rotation', element: page(() => import('./pages/feedback/RotationPage.js')) },
          { path: '/feedback/:id', element: page(() => import('./pages/feedback/SessionFormPage.js')) },
          { path: '/teams', element: page(() => import('./pages/teams/TeamsPage.js')) },
          { path: '/teams/:id', element: page(() => import('./pages/teams/TeamPage.js')) },
          { path: '/workshops/:id', element: page(() => import('./pages/teams/WorkshopPage.js')) },
          { path: '/talking-points', element: page(() => import('./pages/talkingPoints/TalkingPointsPage.js')) },
          { path: '/mentors', element: page(() => import('./pages/mentors/MentorsPage.js')) },
          { path: '/access-log', element: page(() => import('./pages/mentors/AccessLogPage.js')) },
          { path: '/mentees', element: page(() => import('./pages/mentoring/MenteesPage.js')) },
          { path: '/mentees/:id/map', element: page(() => import('./pages/mentoring/MenteeMapPage.js')) },
          { path: '/mentees/:id/roadmap-review', element: page(() => import('./pages/mentoring/RoadmapReviewPage.js')) },
          { path: '/roadmap-review', element: page(() => import('./pages/mentoring/RoadmapReviewPage.js')) },
          { path: '/comments', element: page(() => import('./pages/mentoring/CommentsPage.js')) },
          { path: '/ratings', element: page(() => import('./pages/mentoring/RatingsPage.js')) },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

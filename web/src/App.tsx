import { useQuery } from '@tanstack/react-query';
import { type ComponentType, Suspense, lazy } from 'react';
import { Navigate, Outlet, type RouteObject, createBrowserRouter, matchRoutes, useLocation } from 'react-router';
import { api } from './api/client.js';
import { Layout } from './components/Layout.js';
import { Loading, Page } from './components/Page.js';
import { useSession } from './session.js';

type ScreenModule = () => Promise<{ default: ComponentType }>;

/** Each screen's chunk by its route path, for preloadScreen. */
const screenModules = new Map<string, ScreenModule>();

// Each screen is its own chunk, so showing the one-page map loads only what it needs.
const screen = (path: string, load: ScreenModule): RouteObject => {
  screenModules.set(path, load);
  const Component = lazy(load);
  return {
    path,
    element: (
      <Suspense fallback={<Loading />}>
        <Component />
      </Suspense>
    ),
  };
};

/**
 * Starts loading the chunk of the screen at this address with the app itself, instead of after
 * the session and setup checks answer: one round trip less before the first screen is drawn
 * (the later lazy import gets the same module).
 */
export function preloadScreen(pathname: string): void {
  for (const { route } of matchRoutes(router.routes, pathname) ?? []) {
    const load = route.path === undefined ? undefined : screenModules.get(route.path);
    void load?.().catch(() => {
      // The lazy import asks again and shows its own error.
    });
  }
}

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
      screen('/setup', () => import('./pages/accounts/SetupPage.js')),
      screen('/sign-in', () => import('./pages/accounts/SignInPage.js')),
      screen('/join', () => import('./pages/accounts/JoinPage.js')),
      screen('/join/:token', () => import('./pages/accounts/JoinPage.js')),
      screen('/reset/:token', () => import('./pages/accounts/ResetPasswordPage.js')),
      {
        element: <RequireUser />,
        children: [
          screen('/', () => import('./pages/planning/ThisWeekPage.js')),
          screen('/cycles', () => import('./pages/planning/CyclesPage.js')),
          screen('/cycles/new', () => import('./pages/planning/NewCyclePage.js')),
          screen('/cycles/:id', () => import('./pages/planning/CyclePage.js')),
          screen('/reviews', () => import('./pages/planning/ReviewsPage.js')),
          screen('/settings', () => import('./pages/planning/SettingsPage.js')),
          screen('/map', () => import('./pages/map/MapEditorPage.js')),
          screen('/map/one-page', () => import('./pages/map/OnePageMapPage.js')),
          screen('/skills/:id', () => import('./pages/map/SkillHistoryPage.js')),
          screen('/artifacts', () => import('./pages/artifacts/ArtifactsPage.js')),
          screen('/artifacts/new', () => import('./pages/artifacts/NewArtifactPage.js')),
          screen('/artifacts/:id', () => import('./pages/artifacts/ArtifactPage.js')),
          screen('/portfolio', () => import('./pages/portfolio/PortfolioPage.js')),
          screen('/portfolio/shares', () => import('./pages/portfolio/SharesPage.js')),
          screen('/account', () => import('./pages/accounts/AccountPage.js')),
          screen('/account/tokens', () => import('./pages/accounts/TokensPage.js')),
          screen('/admin', () => import('./pages/accounts/AdminPage.js')),
          screen('/admin/framework', () => import('./pages/framework/FrameworkAdminPage.js')),
          screen('/admin/ladders', () => import('./pages/ladders/LaddersAdminPage.js')),
          screen('/next-level', () => import('./pages/ladders/NextLevelPage.js')),
          screen('/framework', () => import('./pages/framework/FrameworkPage.js')),
          screen('/framework/skills', () => import('./pages/framework/CataloguePage.js')),
          screen('/framework/wizard', () => import('./pages/framework/WizardPage.js')),
          screen('/framework/:stage', () => import('./pages/framework/StagePage.js')),
          screen('/framework/:stage/self-check', () => import('./pages/framework/SelfCheckPage.js')),
          screen('/endorsements', () => import('./pages/endorsements/EndorsementsPage.js')),
          screen('/endorsements/sheet', () => import('./pages/endorsements/SheetPage.js')),
          screen('/feedback', () => import('./pages/feedback/FeedbackPage.js')),
          screen('/feedback/new', () => import('./pages/feedback/SessionFormPage.js')),
          screen('/feedback/action-items', () => import('./pages/feedback/ActionItemsPage.js')),
          screen('/feedback/rotation', () => import('./pages/feedback/RotationPage.js')),
          screen('/feedback/:id', () => import('./pages/feedback/SessionFormPage.js')),
          screen('/teams', () => import('./pages/teams/TeamsPage.js')),
          screen('/teams/:id', () => import('./pages/teams/TeamPage.js')),
          screen('/workshops/:id', () => import('./pages/teams/WorkshopPage.js')),
          screen('/talking-points', () => import('./pages/talkingPoints/TalkingPointsPage.js')),
          screen('/mentors', () => import('./pages/mentors/MentorsPage.js')),
          screen('/access-log', () => import('./pages/mentors/AccessLogPage.js')),
          screen('/mentees', () => import('./pages/mentoring/MenteesPage.js')),
          screen('/mentees/:id/map', () => import('./pages/mentoring/MenteeMapPage.js')),
          screen('/mentees/:id/roadmap-review', () => import('./pages/mentoring/RoadmapReviewPage.js')),
          screen('/roadmap-review', () => import('./pages/mentoring/RoadmapReviewPage.js')),
          screen('/comments', () => import('./pages/mentoring/CommentsPage.js')),
          screen('/ratings', () => import('./pages/mentoring/RatingsPage.js')),
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

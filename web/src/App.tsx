import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type ComponentType, type LazyExoticComponent, Suspense, lazy } from 'react';
import { Navigate, Outlet, type RouteObject, createBrowserRouter, matchRoutes, useLocation } from 'react-router';
import { api } from './api/client.js';
import { cyclesQuery } from './api/cycles.js';
import { frameworkQuery } from './api/framework.js';
import { mapQuery } from './api/map.js';
import { thisWeekQuery } from './api/planning.js';
import { Layout } from './components/Layout.js';
import { Page, ScreenLoading } from './components/Page.js';
import { type ScreenEntry, publicScreens, signedInScreens } from './screens.js';
import { useSession } from './session.js';

type ScreenModule = () => Promise<{ default: ComponentType }>;
/** Asks for the data a screen shows first, so it arrives while the screen's code does. */
type ScreenData = (client: QueryClient) => Promise<unknown>;

/** What each screen loads, by its route path, for preloadScreen. */
const screens = new Map<string, { load: ScreenModule; data?: ScreenData }>();

/** A screen's code: the component once its chunk is in, and the lazy stand-in until then. */
interface ScreenCode {
  loaded: ComponentType | null;
  Lazy: LazyExoticComponent<ComponentType>;
}

// A chunk already loaded (preloadScreen asked for it with the app) is drawn at once: React.lazy
// would still suspend on its first render, and React holds a revealed Suspense boundary back for
// up to 300 ms.
function Screen({ code }: { code: ScreenCode }) {
  const Loaded = code.loaded;
  if (Loaded) return <Loaded />;
  return (
    <Suspense fallback={<ScreenLoading />}>
      <code.Lazy />
    </Suspense>
  );
}

// Each screen is its own chunk, so showing the one-page map loads only what it needs.
const screen = (path: string, load: ScreenModule, data?: ScreenData): RouteObject => {
  let loading: ReturnType<ScreenModule> | null = null;
  const loadOnce: ScreenModule = () => {
    loading ??= load().then((module) => {
      code.loaded = module.default;
      return module;
    });
    // A failed load is asked for again next time.
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  const code: ScreenCode = { loaded: null, Lazy: lazy(loadOnce) };
  screens.set(path, { load: loadOnce, ...(data && { data }) });
  return { path, element: <Screen code={code} /> };
};

/**
 * Starts loading the code and the first data of the screen at this address with the app itself,
 * instead of one after the other once the session is known: two round trips less before the
 * first screen is drawn. The screen's lazy import and queries then find them in flight or done.
 * A signed-out visitor's data requests answer 401 and are dropped at sign-in.
 */
export function preloadScreen(pathname: string, client: QueryClient): void {
  for (const { route } of matchRoutes(router.routes, pathname) ?? []) {
    const found = route.path === undefined ? undefined : screens.get(route.path);
    if (!found) continue;
    void found.load().catch(() => {
      // The lazy import asks again and shows its own error.
    });
    void found.data?.(client);
  }
}

export function useSetupStatus(enabled = true) {
  return useQuery({
    queryKey: ['setup'],
    queryFn: () => api('GET /api/v1/setup'),
    staleTime: 30_000,
    enabled,
  });
}

/**
 * Signed-in screens: first run goes to setup, everyone else without a session to sign-in. A
 * signed-in person proves setup is done (an account exists), so only the signed-out wait for it.
 */
function RequireUser() {
  const { user, loading } = useSession();
  const setup = useSetupStatus(!loading && !user);
  const location = useLocation();
  if (loading) return <ScreenLoading />;
  if (user) return <Outlet />;
  if (setup.isPending) return <ScreenLoading />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
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

const pages = import.meta.glob<{ default: ComponentType }>('./pages/*/*Page.tsx');

/** The data each of the busiest screens shows first, asked for with its code (preloadScreen). */
const firstData: Record<string, ScreenData> = {
  '/': (client) => Promise.all([client.prefetchQuery(thisWeekQuery), client.prefetchQuery(cyclesQuery)]),
  '/cycles': (client) => client.prefetchQuery(cyclesQuery),
  '/map': (client) => client.prefetchQuery(mapQuery),
  '/map/one-page': (client) => client.prefetchQuery(mapQuery),
  '/framework': (client) => Promise.all([client.prefetchQuery(frameworkQuery), client.prefetchQuery(mapQuery)]),
};

const route = ({ path, page }: ScreenEntry): RouteObject => {
  const load = pages[`./pages/${page}.tsx`];
  if (!load) throw new Error(`screens.ts names ${page}, which is not a page under web/src/pages`);
  return screen(path, load, firstData[path]);
};

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      ...publicScreens.map(route),
      { element: <RequireUser />, children: signedInScreens.map(route) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

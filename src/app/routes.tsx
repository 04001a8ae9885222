import { lazy, Suspense } from 'react';
import { Link, type RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { AppLayout } from './AppLayout';
import { SiteFrame } from './SiteFrame';
import { ambitionRouteCode } from './route-code';
import { useDataSource } from '../data-source/data-source-context';

// The detail page carries the editing tools (where figures can be changed); it loads only when
// someone opens an ambition.
function AmbitionRoute() {
  const { Component } = ambitionRouteCode(useDataSource());
  return <Component />;
}
const DataPage = lazy(() => import('../features/editing/import-export/DataPage'));
const PresenterSetupPage = lazy(() => import('../features/presenter/PresenterSetupPage'));
const PresenterPage = lazy(() => import('../features/presenter/PresenterPage'));
const BoardPackPage = lazy(() => import('../features/presenter/BoardPackPage'));
const PortfolioPage = lazy(() => import('../features/portfolio/PortfolioPage'));
const GridPage = lazy(() => import('../features/grid/GridPage'));
const GlossaryPage = lazy(() => import('../features/glossary/GlossaryPage'));
const SignInPage = lazy(() => import('../features/sign-in/SignInPage'));
const HomePage = lazy(() => import('../features/home/HomePage'));
const NewPartnershipPage = lazy(() => import('../features/setup/NewPartnershipPage'));
const SetupPage = lazy(() => import('../features/setup/SetupPage'));
const AccessibilityStatementPage = lazy(() => import('../features/accessibility/AccessibilityStatementPage'));

const loading = (
  <p className="loading-line" role="status">
    Loading…
  </p>
);

export interface RouteSettings {
  frameworkId: string;
  demoData: boolean;
  /** Who to contact about accessibility, from the deployment's settings. */
  accessibilityContact?: string;
}

export function createRoutes({ frameworkId, demoData, accessibilityContact }: RouteSettings): RouteObject[] {
  return [
    // Every partnership this deployment serves; a source that cannot list them opens the deployment's own.
    {
      path: '/',
      element: (
        <SiteFrame demoData={demoData} defaultFrameworkId={frameworkId}>
          <Suspense fallback={loading}>
            <HomePage defaultFrameworkId={frameworkId} />
          </Suspense>
        </SiteFrame>
      ),
    },
    {
      path: '/new',
      element: (
        <SiteFrame demoData={demoData} defaultFrameworkId={frameworkId}>
          <Suspense fallback={loading}>
            <NewPartnershipPage />
          </Suspense>
        </SiteFrame>
      ),
    },
    // The presenter and the board pack fill the screen or the page: no app header or footer.
    {
      path: '/:frameworkId/present/:slide',
      element: (
        <Suspense fallback={loading}>
          <PresenterPage />
        </Suspense>
      ),
    },
    {
      path: '/:frameworkId/board-pack',
      element: (
        <Suspense fallback={loading}>
          <BoardPackPage />
        </Suspense>
      ),
    },
    {
      path: '/:frameworkId',
      element: <AppLayout demoData={demoData} homeFrameworkId={frameworkId} />,
      children: [
        { index: true, element: <OverviewPage /> },
        {
          path: 'ambitions/:ambitionNumber',
          element: (
            <Suspense
              fallback={
                <p className="loading-line" role="status">
                  Loading the ambition…
                </p>
              }
            >
              <AmbitionRoute />
            </Suspense>
          ),
        },
        {
          path: 'progress',
          element: (
            <Suspense fallback={loading}>
              <PortfolioPage />
            </Suspense>
          ),
        },
        {
          path: 'grid',
          element: (
            <Suspense fallback={loading}>
              <GridPage />
            </Suspense>
          ),
        },
        {
          path: 'glossary',
          element: (
            <Suspense fallback={loading}>
              <GlossaryPage />
            </Suspense>
          ),
        },
        {
          path: 'accessibility',
          element: (
            <Suspense fallback={loading}>
              <AccessibilityStatementPage contact={accessibilityContact} />
            </Suspense>
          ),
        },
        {
          path: 'setup',
          element: (
            <Suspense fallback={loading}>
              <SetupPage />
            </Suspense>
          ),
        },
        {
          path: 'sign-in',
          element: (
            <Suspense fallback={loading}>
              <SignInPage />
            </Suspense>
          ),
        },
        {
          path: 'present',
          element: (
            <Suspense fallback={loading}>
              <PresenterSetupPage />
            </Suspense>
          ),
        },
        {
          path: 'data',
          element: (
            <Suspense
              fallback={
                <p className="loading-line" role="status">
                  Loading…
                </p>
              }
            >
              <DataPage />
            </Suspense>
          ),
        },
        { path: '*', element: <NotFound frameworkId={frameworkId} /> },
      ],
    },
  ];
}

function NotFound({ frameworkId }: { frameworkId: string }) {
  return (
    <section>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing at this address. <Link to={`/${frameworkId}`}>See all ambitions</Link>.
      </p>
    </section>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigationType, useParams } from 'react-router';
import { useFramework } from '../api/get-framework';
import { ErrorMessage } from '../components/ErrorMessage';
import { DataSourceError } from '../api/errors';
import { useSourceInfo } from '../api/source-info';
import { AppFooter } from './AppFooter';
import { useAfterFirstData } from './use-after-first-data';
import { codeWhen } from '../lib/code-when';
import { useKeptUpdateMode } from '../hooks/kept-update-mode';
import { ADDRESS } from '../domain/rules/setup-rules';
import './layout.css';

/**
 * Keeps the query cache within its bound (bounded-query-cache: a tour of every place and ambition
 * held every series seen). It matters only once pages have been left, so its code is loaded once
 * the first view's data is in, not in the first view.
 */
function useBoundedQueryCache(afterFirstData: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (afterFirstData) void import('./bounded-query-cache').then(({ boundQueryCache }) => boundQueryCache(queryClient.getQueryCache()));
  }, [afterFirstData, queryClient]);
}

// Loaded after the first view: it reads IndexedDB and sends kept changes, which can wait a moment
// (but not be lost: a device offline just then loads it once back online).
const PendingChangesStatus = codeWhen(() => import('../features/editing/pending/PendingChangesStatus'));
// Loaded at once, but apart: only a source with accounts (CouchDB) shows it, and its sign-out
// brings React Query's mutations with it, which a first view on REST or static files never needs.
const SessionStatus = codeWhen(() => import('./SessionStatus'));
// Loaded at once, but apart: only a source with a live feed (CouchDB) shows it, and it starts the
// feed, which a first view on REST or static files never needs.
const LiveNotice = codeWhen(() => import('./LiveNotice'));
// Speaks of figures read from the copy kept for reading offline: wanted once figures are in.
const KeptCopyNotice = codeWhen(() => import('./KeptCopyNotice'));

/**
 * The page around every partnership's screens. The partnership's id comes from the address and
 * every header link is built from it, so an id that is not one (say '//evil.example', which would
 * make those links point at another site) or that no partnership has gets a plain not-found page.
 */
export function AppLayout({ demoData, homeFrameworkId }: { demoData: boolean; homeFrameworkId: string }) {
  const { frameworkId = '' } = useParams();
  if (!ADDRESS.test(frameworkId)) return <PartnershipNotFound homeFrameworkId={homeFrameworkId} />;
  return <PartnershipLayout demoData={demoData} frameworkId={frameworkId} homeFrameworkId={homeFrameworkId} />;
}

function PartnershipNotFound({ homeFrameworkId }: { homeFrameworkId: string }) {
  return (
    <main id="main" tabIndex={-1} className="app-main">
      <h1 tabIndex={-1}>No partnership at this address</h1>
      <p>There is no partnership here with that name. Check the address, or start from the dashboard.</p>
      <p>
        <Link to={`/${homeFrameworkId}`}>Go to the dashboard</Link>
      </p>
    </main>
  );
}

function PartnershipLayout({ demoData, frameworkId, homeFrameworkId }: { demoData: boolean; frameworkId: string; homeFrameworkId: string }) {
  const framework = useFramework(frameworkId);
  const afterFirstData = useAfterFirstData();
  useBoundedQueryCache(afterFirstData);
  const updating = useKeptUpdateMode();
  // The first time the framework arrives, the page below is drawn in a transition, so building it
  // (ten cards at once) happens in slices rather than one long task that would freeze the first
  // view. Later changes (a lead's save) show at once.
  const firstArrival = useDeferredValue(framework.data);
  const shownFramework = firstArrival ? framework.data : undefined;
  const source = useSourceInfo();
  const { pathname, search } = useLocation();
  useFocusHeadingOnNavigation(pathname);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={`/${frameworkId}${search}`} className="app-header__title">
            Ambitions dashboard
          </Link>
          <span className="app-header__partnership">{framework.data?.name}</span>
          <nav aria-label="Main" className="app-header__nav">
            <Link to={`/${frameworkId}/grid`}>Every place</Link>
            <Link to={`/${frameworkId}/progress${search}`}>Progress</Link>
            <Link to={`/${frameworkId}/present${search}`}>Present</Link>
            <Link to={`/${frameworkId}/data${search}`}>Import and export</Link>
            {source.canSetUp && <Link to={`/${frameworkId}/setup`}>Set up</Link>}
            {source.canList && <Link to="/">All partnerships</Link>}
          </nav>
          {source.hasSignIn && <SessionStatus when frameworkId={frameworkId} />}
          {/* Loaded once the first view's data is in (kept changes are sent then, not before), or at
              once update mode is on: a lead may be about to lose the network. Not where figures
              cannot be changed: no change is ever kept there. */}
          {!source.readOnlyReason && <PendingChangesStatus when={afterFirstData || updating} />}
        </div>
      </header>
      {source.hasLiveUpdates && <LiveNotice when frameworkId={frameworkId} framework={framework.data} />}
      <main id="main" tabIndex={-1} className="app-main">
        <KeptCopyNotice when={afterFirstData} />
        {framework.error instanceof DataSourceError && framework.error.kind === 'not-found' ? (
          <PartnershipNotFound homeFrameworkId={homeFrameworkId} />
        ) : framework.isPending ? (
          <p className="loading-line" role="status">
            Loading the ambitions…
          </p>
        ) : framework.isError ? (
          <>
            <h1 tabIndex={-1}>The ambitions cannot be shown right now</h1>
            <ErrorMessage title="The ambitions could not be loaded" error={framework.error} onRetry={() => void framework.refetch()} retrying={framework.isFetching} />
          </>
        ) : shownFramework ? (
          <>
            {shownFramework.note && (
              <p className={`partnership-note${shownFramework.example ? ' partnership-note--example' : ''}`}>
                {shownFramework.example && <strong>Example. </strong>}
                {shownFramework.note}
              </p>
            )}
            <Outlet context={shownFramework} />
          </>
        ) : (
          <p className="loading-line" role="status">
            Loading the ambitions…
          </p>
        )}
      </main>
      <AppFooter accessibilityPath={`/${frameworkId}/accessibility`} glossaryPath={`/${frameworkId}/glossary`} demoData={demoData} />
    </>
  );
}

/**
 * After a route change, move focus to the new page's heading so screen-reader users hear where
 * they are. A lazily loaded page has no heading yet when the route changes, so wait for it.
 */
function useFocusHeadingOnNavigation(pathname: string) {
  // Only a person's own navigation (a link: "PUSH") moves focus. The first load, the back button
  // ("POP") and the redirect from "/" ("REPLACE") keep the browser's own focus.
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== 'PUSH') return;
    const main = document.getElementById('main');
    const focusHeading = () => {
      const heading = main?.querySelector<HTMLElement>('h1');
      heading?.focus();
      return Boolean(heading);
    };
    if (!main || focusHeading()) return;
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, navigationType]);
}

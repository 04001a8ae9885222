import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AppFooter } from './AppFooter';
import './layout.css';

/** The page around screens that belong to no one partnership: the home page, setting up a new one. */
export function SiteFrame({ children, demoData, defaultFrameworkId }: { children: ReactNode; demoData: boolean; defaultFrameworkId: string }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__title">
            Ambitions dashboard
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <AppFooter accessibilityPath={`/${defaultFrameworkId}/accessibility`} demoData={demoData} />
    </>
  );
}

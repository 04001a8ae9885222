import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSourceInfo } from '../api/source-info';
import { formatDate, useToday } from '../lib/today';
import './layout.css';

/** The page around screens that belong to no one partnership: the home page, setting up a new one. */
export function SiteFrame({ children, demoData }: { children: ReactNode; demoData: boolean }) {
  const source = useSourceInfo();
  const { date } = useToday();
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
      <footer className="app-footer">
        <p>
          Figures from {source.description}. Statuses are judged as at {formatDate(date)}.
        </p>
        {demoData && (
          <p>
            <strong>Demonstration data.</strong> This copy runs on its built-in sample data. Figures marked “Illustrative” were not found in public material and must not be quoted.
          </p>
        )}
      </footer>
    </>
  );
}

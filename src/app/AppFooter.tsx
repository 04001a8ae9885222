import { Link } from 'react-router';
import { useSourceInfo } from '../api/source-info';
import { formatDate, useToday } from '../lib/today';

/** Every page's footer: where the figures come from, the date statuses are judged at, the accessibility statement. */
export function AppFooter({ accessibilityPath, glossaryPath, demoData }: { accessibilityPath: string; glossaryPath?: string; demoData: boolean }) {
  const source = useSourceInfo();
  const { date } = useToday();
  return (
    <footer className="app-footer">
      <p>
        Figures from {source.description}. Statuses are judged as at {formatDate(date)}.
      </p>
      <p className="app-footer__links">
        {glossaryPath && <Link to={glossaryPath}>What the words mean</Link>}
        <Link to={accessibilityPath}>Accessibility statement</Link>
      </p>
      {demoData && (
        <p>
          <strong>Demonstration data.</strong> This copy runs on its built-in sample data. Figures marked “Illustrative” were not found in public material and must not be quoted.
        </p>
      )}
    </footer>
  );
}

import type { ComponentType } from 'react';
import type { ActionToolsProps, SeriesToolsProps } from '../components/slots';
import AmbitionPage from '../features/ambition/AmbitionPage';
import { codeWhen } from '../lib/code-when';

// The editing tools load once the page is drawn, not with it: a board member reading the page
// needs none of them, and they were half of its code (the editor, its checks, the kept changes'
// outbox), fetched and run before the chart could show. A lead's "Update figures" follows a
// moment later, in a space kept for it, so nothing on the page moves when it comes.
const tools = () => import('./editing-tools');
const ToggleWhenLoaded = codeWhen<object>(
  () => tools().then((m): { default: ComponentType } => ({ default: m.EditModeToggle })),
  10_000,
  <div className="edit-toggle" aria-hidden="true" style={{ visibility: 'hidden' }}>
    <button type="button" className="button" tabIndex={-1} disabled>
      Update figures
    </button>
  </div>,
);
const SeriesToolsWhenLoaded = codeWhen<SeriesToolsProps>(() => tools().then((m): { default: ComponentType<SeriesToolsProps> } => ({ default: m.SeriesTools })));
const ActionToolsWhenLoaded = codeWhen<ActionToolsProps>(() => tools().then((m): { default: ComponentType<ActionToolsProps> } => ({ default: m.ActionUpdateForm })));

const Toolbar = () => <ToggleWhenLoaded when />;
const SeriesTools = (props: SeriesToolsProps) => <SeriesToolsWhenLoaded when {...props} />;
const ActionTools = (props: ActionToolsProps) => <ActionToolsWhenLoaded when {...props} />;

/**
 * The detail page with editing plugged in. The app layer wires the two features together, and
 * loading this module lazily keeps both (and the charts) out of the first view's bundle.
 */
export default function AmbitionRoute() {
  return <AmbitionPage Toolbar={Toolbar} SeriesTools={SeriesTools} ActionTools={ActionTools} />;
}

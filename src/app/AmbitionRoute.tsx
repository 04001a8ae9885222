import AmbitionPage from '../features/ambition/AmbitionPage';
import { ActionUpdateForm } from '../features/editing/actions/ActionUpdateForm';
import { EditModeToggle } from '../features/editing/EditModeToggle';
import { SeriesTools } from '../features/editing/SeriesTools';

/**
 * The detail page with editing plugged in. The app layer wires the two features together, and
 * loading this module lazily keeps both (and the charts) out of the first view's bundle.
 */
export default function AmbitionRoute() {
  return <AmbitionPage Toolbar={EditModeToggle} SeriesTools={SeriesTools} ActionTools={ActionUpdateForm} />;
}

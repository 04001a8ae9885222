import AmbitionPage from '../features/ambition/AmbitionPage';
import { ReadOnlyToolbar } from '../features/editing/ReadOnlyToolbar';

/**
 * The detail page where figures cannot be changed (files published with the dashboard): no
 * editor, no history (such a source keeps none) and no kept changes, so none of their code loads.
 */
export default function ReadOnlyAmbitionRoute() {
  return <AmbitionPage Toolbar={ReadOnlyToolbar} />;
}

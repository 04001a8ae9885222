// The editing tools the detail page plugs in where figures can be changed, in one module so they
// load together, after the page (AmbitionRoute.tsx).
export { EditModeToggle } from '../features/editing/EditModeToggle';
export { SeriesTools } from '../features/editing/SeriesTools';
export { ActionUpdateForm } from '../features/editing/actions/ActionUpdateForm';

import type { SeriesToolsProps } from '../../components/slots';
import { useEditMode } from './editing-store';
import { SeriesEditor } from './SeriesEditor';
import { SeriesHistory } from './SeriesHistory';

/** What the editing feature adds under each indicator: the editor in "Update figures" mode, and always the history. */
export function SeriesTools(props: SeriesToolsProps) {
  const editMode = useEditMode();
  return (
    <>
      {editMode && <SeriesEditor {...props} />}
      <SeriesHistory {...props} />
    </>
  );
}

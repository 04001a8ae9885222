import { Link } from 'react-router';
import type { SeriesToolsProps } from '../../components/slots';
import { AddCommentForm } from './comments/AddCommentForm';
import { DefinitionEditor } from './definition/DefinitionEditor';
import { DefinitionHistory } from './definition/DefinitionHistory';
import { PendingChangeNotice } from './pending/PendingChangeNotice';
import { SeriesEditor } from './SeriesEditor';
import { useUpdateMode } from './use-update-mode';
import { SeriesHistory } from './SeriesHistory';

/**
 * What the editing feature adds under each indicator: the editor in "Update figures" mode, and
 * always the history. Changes not yet saved are shown either way, so they are never forgotten.
 */
export function SeriesTools(props: SeriesToolsProps) {
  const editMode = useUpdateMode();
  return (
    <>
      {editMode ? <SeriesEditor {...props} /> : <PendingChangeNotice frameworkId={props.frameworkId} indicator={props.indicator} place={props.place} />}
      {editMode && props.indicator.fingertips?.kind === 'indicator' && (
        <p className="series-tools__fingertips">
          <Link to={`/${props.frameworkId}/data?fingertips=${encodeURIComponent(props.indicator.id)}`}>Check Fingertips for new figures</Link> (indicator{' '}
          {props.indicator.fingertips.indicatorId}, {props.indicator.fingertips.sex.toLowerCase()}, {props.indicator.fingertips.age}): you see every change before anything is
          saved.
        </p>
      )}
      {editMode && <AddCommentForm frameworkId={props.frameworkId} indicator={props.indicator} place={props.place} series={props.series} />}
      <SeriesHistory {...props} />
      {editMode && (
        <details className="definition-details">
          <summary>Change the baseline, targets or source of {props.indicator.name}</summary>
          <DefinitionEditor frameworkId={props.frameworkId} ambitionNumber={props.ambitionNumber} indicator={props.indicator} />
        </details>
      )}
      <DefinitionHistory frameworkId={props.frameworkId} indicator={props.indicator} />
    </>
  );
}

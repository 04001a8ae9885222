import { Link } from 'react-router';
import { usePermissions } from '../../api/session';
import { ReadProblemsNotice } from '../../components/ReadProblemsNotice';
import { useSourceInfo } from '../../api/source-info';
import { IdentityNeeded } from '../../components/form/IdentityNeeded';
import { wordsOf } from '../../domain/words/terms';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { AmbitionsSection } from './AmbitionsSection';
import { DetailsSection } from './DetailsSection';
import { PlacesSection } from './PlacesSection';
import { ProgrammesSection } from './ProgrammesSection';
import { SetupConflictPanel } from './SetupConflictPanel';
import { SetupHistory } from './SetupHistory';
import { SpreadsheetSection } from './SpreadsheetSection';
import { useSetupChange, type SetupChange } from './use-setup-change';
import './setup.css';

/**
 * A partnership's set-up, changed in the app: its details, places, commitments with their
 * indicators and actions, and its programmes. Each change is saved on its own, recorded in the
 * history with who made it, and never overwrites a colleague's.
 */
export default function SetupPage() {
  const framework = useCurrentFramework();
  const source = useSourceInfo();
  const { maySetUp, hasSignIn, user } = usePermissions(framework.id);
  const setup = useSetupChange(framework);
  const working = setup.working;
  const words = wordsOf(framework);
  return (
    <section aria-labelledby="setup-title" className="setup-page">
      <title>{`Set up ${framework.shortName} – Ambitions dashboard`}</title>
      <h1 id="setup-title" tabIndex={-1}>
        Set up {framework.shortName}
      </h1>
      <p className="page-heading__lead">
        The partnership’s places, {words.many}, indicators, actions and programmes. Baselines, targets and figures are updated on each {words.one}’s page.{' '}
        <Link to={`/${framework.id}`}>See the {words.many}</Link>.
      </p>
      <ReadProblemsNotice frameworkId={framework.id} showDetails />
      {/* This device's own kept changes, whoever is named below: they are what it has not yet sent. */}
      {source.canSetUp && <KeptChanges setup={setup} />}
      {!source.canSetUp ? (
        <p className="notice">{source.readOnlyReason ?? 'The set-up cannot be changed through this data source.'}</p>
      ) : !setup.editor ? (
        <IdentityNeeded />
      ) : hasSignIn && user && !maySetUp() ? (
        <p className="notice">Only an administrator can change the set-up. You are signed in as {user.name}.</p>
      ) : (
        <>
          <p className="setup-status" role="status">
            {setup.saved && !setup.pending ? setup.saved : ''}
          </p>
          {setup.conflict && (
            <SetupConflictPanel conflict={setup.conflict} saving={setup.saving} onApplyMine={() => void setup.applyMine()} onKeepTheirs={() => void setup.keepTheirs()} />
          )}
          <DetailsSection framework={working} setup={setup} />
          <PlacesSection framework={working} setup={setup} />
          <AmbitionsSection framework={working} setup={setup} />
          <ProgrammesSection framework={working} setup={setup} />
          <SpreadsheetSection framework={working} setup={setup} />
        </>
      )}
      <SetupHistory frameworkId={framework.id} />
    </section>
  );
}

/** Changes kept on this device that the source has not confirmed: what they are, why, and what can be done. */
function KeptChanges({ setup }: { setup: SetupChange }) {
  const kept = setup.pending;
  if (!kept || kept.state.kind === 'conflict') return null;
  const count = kept.notes.length;
  return (
    <div className={`notice setup-kept${kept.state.kind === 'rejected' ? ' setup-kept--rejected' : ''}`} role={kept.state.kind === 'rejected' ? 'alert' : 'status'}>
      <p>
        <strong>
          {setup.saving
            ? 'Saving…'
            : kept.state.kind === 'rejected'
              ? `${count === 1 ? 'A change was' : `${count} changes were`} not accepted.`
              : `${count === 1 ? 'One change' : `${count} changes`} kept on this device, not yet saved.`}
        </strong>{' '}
        {kept.state.problem}
      </p>
      <ul>
        {kept.notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
      {!setup.saving && (
        <div className="setup-actions">
          {kept.state.kind === 'waiting' && (
            <button type="button" className="button button--secondary" onClick={() => void setup.sendAgain()}>
              Try again now
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => void setup.dropKept()}>
            Drop {count === 1 ? 'this change' : 'these changes'}
          </button>
        </div>
      )}
    </div>
  );
}

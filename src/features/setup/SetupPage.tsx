import { Link } from 'react-router';
import { usePermissions } from '../../api/session';
import { useSourceInfo } from '../../api/source-info';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IdentityNeeded } from '../../components/form/IdentityNeeded';
import { wordsOf } from '../../domain/terms';
import { useCurrentFramework } from '../../hooks/use-current-framework';
import { AmbitionsSection } from './AmbitionsSection';
import { DetailsSection } from './DetailsSection';
import { PlacesSection } from './PlacesSection';
import { ProgrammesSection } from './ProgrammesSection';
import { SetupConflictPanel } from './SetupConflictPanel';
import { SetupHistory } from './SetupHistory';
import { SpreadsheetSection } from './SpreadsheetSection';
import { useSetupChange } from './use-setup-change';
import './setup.css';

/**
 * A partnership's set-up, changed in the app: its details, places, commitments with their
 * indicators and actions, and its programmes. Each change is saved on its own, recorded in the
 * history with who made it, and never overwrites a colleague's.
 */
export default function SetupPage() {
  const framework = useCurrentFramework();
  const source = useSourceInfo();
  const { maySetUp, hasSignIn, user } = usePermissions();
  const setup = useSetupChange(framework);
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
      {!source.canSetUp ? (
        <p className="notice">{source.readOnlyReason ?? 'The set-up cannot be changed through this data source.'}</p>
      ) : !setup.editor ? (
        <IdentityNeeded />
      ) : hasSignIn && user && !maySetUp() ? (
        <p className="notice">Only an administrator can change the set-up. You are signed in as {user.name}.</p>
      ) : (
        <>
          <p className="setup-status" role="status">
            {setup.saved ? `Saved: ${setup.saved}.` : ''}
          </p>
          {setup.problem !== null && <ErrorMessage title="The change was not saved" error={setup.problem} />}
          {setup.conflict && <SetupConflictPanel conflict={setup.conflict} saving={setup.saving} onApplyMine={() => void setup.applyMine()} onKeepTheirs={setup.keepTheirs} />}
          <DetailsSection framework={framework} setup={setup} />
          <PlacesSection framework={framework} setup={setup} />
          <AmbitionsSection framework={framework} setup={setup} />
          <ProgrammesSection framework={framework} setup={setup} />
          <SpreadsheetSection framework={framework} setup={setup} />
        </>
      )}
      <SetupHistory frameworkId={framework.id} />
    </section>
  );
}

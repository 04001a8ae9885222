import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useFrameworkList } from '../../api/frameworks';
import { useSourceInfo } from '../../api/source-info';
import { IdentityNeeded } from '../../components/form/IdentityNeeded';
import { TextField } from '../../components/form/TextField';
import { addressFrom } from '../../domain/rules/setup-rules';
import { validatePartnership, type PartnershipInput } from '../../domain/rules/validate-setup';
import { useCurrentEditor } from '../../hooks/use-current-editor';
import { readOutboxView } from '../../outbox/outbox-store';
import { useOutboxActions, useQueueFramework, useSendPendingFramework } from '../../outbox/use-outbox';
import { SetupForm, useFields } from './SetupForm';
import './setup.css';

/** A partnership set up from nothing: its name, address, words and the area it covers. Places and commitments follow. */
export default function NewPartnershipPage() {
  const source = useSourceInfo();
  const list = useFrameworkList();
  const navigate = useNavigate();
  const { values, set } = useFields<PartnershipInput>({ name: '', shortName: '', address: '', one: 'ambition', many: 'ambitions', source: '', wholeName: '', wholeCodes: '' });
  const editor = useCurrentEditor();
  const queue = useQueueFramework();
  const send = useSendPendingFramework();
  const { discardFramework } = useOutboxActions();
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<{ text: string; alert: boolean } | null>(null);
  const taken = new Set((list.data ?? []).map((p) => p.id));
  // Suggested from the short name, else the name; what is typed is made an address as it is read.
  const address = addressFrom(values.address || values.shortName || values.name);
  return (
    <section aria-labelledby="new-title" className="setup-page">
      <title>Set up a new partnership – Ambitions dashboard</title>
      <h1 id="new-title" tabIndex={-1}>
        Set up a new partnership
      </h1>
      <p className="page-heading__lead">Start with its name and the area it covers. You add its places, commitments, indicators, actions and programmes next.</p>
      {!source.canSetUp ? (
        <p className="notice">{source.readOnlyReason ?? 'Partnerships cannot be set up through this data source.'}</p>
      ) : !editor ? (
        <IdentityNeeded />
      ) : (
        <>
          {notice && (
            <p className="notice" role={notice.alert ? 'alert' : 'status'}>
              {notice.text}
            </p>
          )}
          <SetupForm
            title="The partnership"
            level={2}
            submitLabel="Set up the partnership"
            saving={saving}
            onSubmit={async () => {
              const checked = validatePartnership(values, taken);
              if (!checked.ok) return checked.errors;
              const created = checked.value;
              setSaving(true);
              setNotice(null);
              // Kept in this browser first, like every change; opened once the source has it.
              const kept = await queue({ frameworkId: created.id, saved: created, update: () => created, note: `Set up ${created.name}`, editor, creating: true });
              const outcome = await send(kept.id).finally(() => setSaving(false));
              if (outcome === 'saved') {
                void navigate(`/${created.id}/setup`);
                return true;
              }
              const record = readOutboxView().changes[kept.id];
              const problem = record?.state.kind === 'waiting' || record?.state.kind === 'rejected' ? record.state.problem : undefined;
              if (outcome === 'waiting') {
                setNotice({ text: `${created.name} is kept on this device and will be set up when it can be sent. ${problem ?? ''}`, alert: false });
                return true;
              }
              // Taken, or refused: nothing to keep; the form keeps what was typed.
              await discardFramework(kept.id, '');
              if (outcome === 'conflict') return { address: `The address “${created.id}” is taken by another partnership. Choose another.` };
              setNotice({ text: `${created.name} was not set up. ${problem ?? ''}`, alert: true });
              return false;
            }}
          >
            {(errors) => (
              <>
                <TextField label="Name" hint="For example One Halton: All Age Carers Strategy." value={values.name} onChange={set('name')} error={errors.name} />
                <TextField label="Short name" hint="For headings, e.g. One Halton." value={values.shortName} onChange={set('shortName')} error={errors.shortName} />
                <TextField
                  label="Address"
                  hint={`Leave it empty for one made from its name. Words become lower case, joined by dashes: the partnership will be at /${address || 'its-address'}.`}
                  value={values.address}
                  onChange={set('address')}
                  error={errors.address}
                />
                <TextField
                  label="Word for one commitment"
                  hint="What the partnership calls them: ambition, priority area, big ambition…"
                  value={values.one}
                  onChange={set('one')}
                  error={errors.one}
                />
                <TextField label="Word for several" value={values.many} onChange={set('many')} error={errors.many} />
                <TextField
                  label="Where the commitments are published"
                  hint="The strategy or plan, e.g. All Age Carers Strategy 2024–27."
                  value={values.source}
                  onChange={set('source')}
                  error={errors.source}
                />
                <TextField
                  label="The area as a whole"
                  hint="For example Halton, or West Yorkshire."
                  value={values.wholeName}
                  onChange={set('wholeName')}
                  error={errors.wholeName}
                />
                <TextField
                  label="Its ONS codes (optional)"
                  hint="The council areas it covers, e.g. E06000006."
                  value={values.wholeCodes}
                  onChange={set('wholeCodes')}
                  error={errors.wholeCodes}
                />
              </>
            )}
          </SetupForm>
        </>
      )}
    </section>
  );
}

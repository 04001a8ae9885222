import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSession, useSignIn, useSignOut } from '../../api/session';
import { useSourceInfo } from '../../api/source-info';
import './sign-in.css';

/** Only a page of this app, never another site: "next" comes from the address bar. */
export function safeNext(next: string | null, frameworkId: string): string {
  return next && next.startsWith(`/${frameworkId}`) && !next.startsWith('//') ? next : `/${frameworkId}`;
}

/**
 * Sign-in for programme leads, with the database's own accounts (a CouchDB session cookie).
 * Viewing needs no sign-in where the figures are public; changing them does.
 */
export default function SignInPage() {
  const { frameworkId = '' } = useParams();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), frameworkId);
  const navigate = useNavigate();
  const { hasSignIn } = useSourceInfo();
  const session = useSession();
  const signIn = useSignIn();
  const signOut = useSignOut();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ name?: string; password?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .sign-in__problem')?.focus();
  }, [attempt]);

  if (!hasSignIn) {
    return (
      <section className="sign-in">
        <h1 tabIndex={-1}>Sign in</h1>
        <p>This dashboard has no accounts: figures are changed as its settings describe.</p>
        <p>
          <Link to={`/${frameworkId}`}>See all ambitions</Link>
        </p>
      </section>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = { name: name.trim() ? undefined : 'Enter your user name.', password: password ? undefined : 'Enter your password.' };
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.name || found.password) return;
    signIn.mutate({ name: name.trim(), password }, { onSuccess: () => void navigate(next) });
  }

  const user = session.data;
  return (
    <section className="sign-in">
      <h1 tabIndex={-1}>Sign in to update figures</h1>
      {user ? (
        <div className="sign-in__current">
          <p>
            You are signed in as <strong>{user.name}</strong> ({user.organisation}).
          </p>
          <p>
            <Link to={next}>Go back</Link> ·{' '}
            <button type="button" className="link-button" onClick={() => signOut.mutate()}>
              Sign out
            </button>
          </p>
        </div>
      ) : (
        <form ref={formRef} className="sign-in__form" onSubmit={submit} noValidate aria-describedby={`${id}-about`}>
          <p id={`${id}-about`}>Programme leads sign in with the account their partnership gave them. Anyone can view the dashboard without signing in.</p>
          {signIn.isError && (
            <p className="sign-in__problem" role="alert" tabIndex={-1}>
              {signIn.error.message}
            </p>
          )}
          <Field id={`${id}-name`} label="User name" value={name} onChange={setName} error={errors.name} autoComplete="username" type="text" />
          <Field id={`${id}-password`} label="Password" value={password} onChange={setPassword} error={errors.password} autoComplete="current-password" type="password" />
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
    </section>
  );
}

function Field(props: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; autoComplete: string; type: 'text' | 'password' }) {
  const { id, label, value, onChange, error, autoComplete, type } = props;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="none"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

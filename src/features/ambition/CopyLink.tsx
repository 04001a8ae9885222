import { useState } from 'react';
import { useHref, useLocation } from 'react-router';

/**
 * Copies this view's address: the place, the places compared, chart or table and the layers drawn
 * are all in it. Where the browser will not copy, the address is shown ready to select.
 */
export function CopyLink() {
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const location = useLocation();
  const path = useHref(location);
  // Made when asked for, in the browser: a page drawn at build time has no address to draw it from.
  const href = () => new URL(path, window.location.origin).href;
  async function copy() {
    try {
      await navigator.clipboard.writeText(href());
      setState('copied');
    } catch {
      setState('shown');
    }
  }
  return (
    <div className="copy-link">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? 'Link to this view copied.' : ''}
      </span>
      {state === 'shown' && (
        <label className="copy-link__shown">
          This browser would not copy it; select and copy the address:
          <input readOnly value={href()} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

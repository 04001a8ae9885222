import type { DetailView } from './use-detail-params';

/** Chart or table: two buttons whose pressed state says which is showing. */
export function ViewToggle({ view, onChange }: { view: DetailView; onChange: (v: DetailView) => void }) {
  return (
    <div className="view-toggle" role="group" aria-label="Show figures as">
      <span className="view-toggle__label" aria-hidden="true">
        Show as
      </span>
      {(['chart', 'table'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => onChange(v)}>
          {v === 'chart' ? 'Chart' : 'Table'}
        </button>
      ))}
    </div>
  );
}

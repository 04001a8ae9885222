import './insight.css';

/** When the latest figure is from and when the next is due; an overdue update is flagged. */
export function DataLagLine({ sentence, overdue, illustrativeSchedule }: { sentence: string; overdue?: string; illustrativeSchedule: boolean }) {
  return (
    <div className="data-lag">
      <p className="data-lag__line">
        {sentence}
        {illustrativeSchedule && <span className="data-lag__note"> (Release timing is the source’s usual schedule, illustrative.)</span>}
      </p>
      {overdue && <OverdueLine overdue={overdue} />}
    </div>
  );
}

/** An overdue update, flagged where it is seen without opening anything. */
export function OverdueLine({ overdue }: { overdue: string }) {
  return (
    <p className="data-lag__overdue">
      <span className="tag tag--overdue">Update overdue</span> {overdue} Programme leads: check the source for a newer figure.
    </p>
  );
}

import type { NumberedComment } from '../../domain/words/comments';
import { periodOf } from '../../domain/periods/period';
import type { Place } from '../../domain/types';
import { formatDateTime } from '../../lib/today';
import './insight.css';

/**
 * Programme leads' comments, numbered as the chart's marks are. Each says what it is about (one
 * figure or the whole indicator), for which place, who wrote it and when.
 */
export function CommentList({
  comments,
  places,
  subject,
  heading = 'h3',
}: {
  comments: readonly NumberedComment[];
  places: readonly Place[];
  /** What the comments are on, so two lists on one page have different names. */
  subject: string;
  heading?: 'h2' | 'h3';
}) {
  if (comments.length === 0) return null;
  const Heading = heading;
  const placeName = (placeId?: string) => (placeId ? (places.find((p) => p.id === placeId)?.name ?? placeId) : 'every place');
  return (
    <section className="comment-list" aria-label={`Comments (${comments.length}) on ${subject}`}>
      <Heading className="comment-list__title">Comments ({comments.length})</Heading>
      <ol className="comment-list__items">
        {comments.map((c) => (
          <li key={c.id} value={c.number}>
            <p className="comment-list__text">
              <strong>
                [{c.number}] {c.period ? `On the ${periodOf(c.period).label} figure` : 'On this indicator'}, {placeName(c.placeId)}:
              </strong>{' '}
              {c.text}
            </p>
            <p className="comment-list__meta">
              {c.author.name}, {c.author.organisation}, {formatDateTime(c.at)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { Link, useLocation } from 'react-router';
import { numbered, type Words } from '../../domain/words/terms';
import type { Ambition } from '../../domain/types';

/** A card's heading: the commitment's number and title, linking to its page with the place kept. */
export function CardTitle({ ambition, words }: { ambition: Ambition; words: Words }) {
  const { search } = useLocation();
  return (
    <h2 id={`ambition-${ambition.number}-title`} className="ambition-card__title">
      <Link to={{ pathname: `ambitions/${ambition.number}`, search }}>
        <span className="ambition-card__number" aria-hidden="true">
          {ambition.number}
        </span>
        <span>
          <span className="visually-hidden">{numbered(words, ambition.number)}: </span>
          {ambition.title}
        </span>
      </Link>
    </h2>
  );
}

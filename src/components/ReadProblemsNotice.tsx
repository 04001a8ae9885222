import { useFrameworkReadProblems } from '../api/get-framework';

/**
 * Part of a partnership's shared record could not be read and is left out: said to everyone, so a
 * gap is never mistaken for the whole; what and why to those who can put it right.
 */
export function ReadProblemsNotice({ frameworkId, showDetails }: { frameworkId: string; showDetails: boolean }) {
  const problems = useFrameworkReadProblems(frameworkId);
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning" role="status">
      <p>
        <strong>
          {problems.length === 1 ? 'Part of this partnership’s record could not be read.' : `${problems.length} parts of this partnership’s record could not be read.`}
        </strong>{' '}
        {problems.length === 1 ? 'It is' : 'They are'} left out until an administrator puts {problems.length === 1 ? 'it' : 'them'} right; everything else is shown.
      </p>
      {showDetails && (
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

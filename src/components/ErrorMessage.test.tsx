import { render, screen, within } from '@testing-library/react';
import { DataSourceError } from '../data-source/data-source-error';
import { ErrorMessage } from './ErrorMessage';

describe('an error message', () => {
  it('lists every problem of a framework file, after a line saying how many', () => {
    const problems = ['Place 3: the name is empty.', 'Ambition 5 (Suicide), indicator 1 (Suicide rate): the baseline period: "2019/21" is not a period we recognise.'];
    const error = new DataSourceError('invalid-payload', `The list of ambitions could not be read: the framework has 2 problems. ${problems.join(' ')}`, {
      problems,
      what: 'The list of ambitions',
    });
    render(<ErrorMessage title="The ambitions could not be loaded" error={error} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The list of ambitions could not be read: the framework has 2 problems:')).toBeInTheDocument();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(problems);
  });
});

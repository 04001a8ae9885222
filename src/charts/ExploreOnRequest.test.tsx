import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExploreOnRequest } from './ExploreOnRequest';

/** The library's drawing stands in as an svg like the one it draws: focusable, with the library's class. */
const libraryChart = (
  <svg className="recharts-surface" tabIndex={0} aria-label="library chart">
    <path d="M0 0" />
  </svg>
);
const plainChart = <svg aria-label="plain chart" />;

describe('ExploreOnRequest', () => {
  it('draws the plain chart until the reader points at it, then the library’s', () => {
    render(<ExploreOnRequest plain={plainChart} interactive={libraryChart} />);
    expect(screen.getByLabelText('plain chart')).toBeInTheDocument();
    expect(screen.queryByLabelText('library chart')).toBeNull();
    fireEvent.pointerEnter(screen.getByRole('group'));
    expect(screen.getByLabelText('library chart')).toBeInTheDocument();
    expect(screen.queryByLabelText('plain chart')).toBeNull();
  });

  it('on a touch screen, at the first touch', () => {
    render(<ExploreOnRequest plain={plainChart} interactive={libraryChart} />);
    fireEvent.touchStart(screen.getByLabelText('plain chart'));
    expect(screen.getByLabelText('library chart')).toBeInTheDocument();
  });

  it('is one stop in the tab order, and moves a keyboard reader on to the library’s chart, whose arrow keys step through the figures', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <ExploreOnRequest plain={plainChart} interactive={libraryChart} />
      </>,
    );
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('library chart')).toHaveFocus();
  });

  it('moves focus on when the library’s code arrives later, not only when it is in hand', async () => {
    let arrive = () => {};
    const Later = () => {
      throw new Promise<void>((resolve) => (arrive = resolve));
    };
    const { rerender } = render(<ExploreOnRequest plain={plainChart} interactive={<Later />} />);
    act(() => screen.getByRole('group').focus());
    // Still the plain drawing while the code is on its way.
    expect(screen.getByLabelText('plain chart')).toBeInTheDocument();
    rerender(<ExploreOnRequest plain={plainChart} interactive={libraryChart} />);
    await act(async () => arrive());
    expect(screen.getByLabelText('library chart')).toHaveFocus();
  });
});

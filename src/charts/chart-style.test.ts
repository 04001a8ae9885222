import { PLACE_COLOURS, PLACE_SHAPES, placeStyle } from './chart-style';

describe('the look of each place on a chart', () => {
  it('differs in colour or marker for every one of 49 places (an eighth place no longer repeats the first)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < PLACE_COLOURS.length * PLACE_SHAPES.length; i++) {
      const { colour, shape } = placeStyle(i);
      seen.add(`${colour}/${shape}`);
    }
    expect(seen.size).toBe(49);
    expect(placeStyle(7)).not.toEqual(placeStyle(0));
    expect(placeStyle(0)).toEqual({ colour: PLACE_COLOURS[0], shape: 'circle' });
  });
});

// Okabe–Ito colours: they stay distinct for the common colour-vision deficiencies. Each place also
// gets its own marker shape, so lines can be told apart without colour at all.
export const PLACE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8F6A00', '#56B4E9', '#000000'];
export const PLACE_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type MarkerShape = (typeof PLACE_SHAPES)[number];

/**
 * The colour and marker of the i-th place drawn. Seven colours and seven shapes pair off so that
 * no two of the first 49 places look alike: the shape moves on by one each time the colours wrap.
 */
export function placeStyle(i: number): { colour: string; shape: MarkerShape } {
  const colour = i % PLACE_COLOURS.length;
  const round = Math.floor(i / PLACE_COLOURS.length);
  return { colour: PLACE_COLOURS[colour]!, shape: PLACE_SHAPES[(colour + round) % PLACE_SHAPES.length]! };
}

export const PATH_COLOUR = '#3d4a52';
export const TARGET_COLOUR = '#1d1d1b';
/** Dash patterns: the required path is dashed, the trend dotted, so they differ in print too. */
export const REQUIRED_DASH = '8 5';
export const PROJECTION_DASH = '2 4';

// Optional chart layers. Kept here, not in the store, so the overview's first bundle does not
// carry zustand just for a constant.
export type ChartLayer = 'path' | 'trend' | 'interval';
export type ChartLayers = Record<ChartLayer, boolean>;
export const ALL_LAYERS: ChartLayers = { path: true, trend: true, interval: true };

/**
 * Sizes for where a chart is seen. A projector washes out thin lines and small text: at 1920×1080
 * the presenter's chart uses text of 24 px or more, lines of 4 px or more and large markers.
 */
export interface ChartTheme {
  actualLine: number;
  otherLine: number;
  tickFont: number;
  marker: number;
  grid: string;
  ink: string;
}

export const CHART_THEMES = {
  screen: { actualLine: 3, otherLine: 2, tickFont: 15, marker: 4, grid: '#d8dde0', ink: '#212b32' },
  projector: { actualLine: 7, otherLine: 5, tickFont: 26, marker: 10, grid: '#8a8a8a', ink: '#000000' },
} satisfies Record<string, ChartTheme>;

export type ChartThemeName = keyof typeof CHART_THEMES;

// Okabe–Ito colours: they stay distinct for the common colour-vision deficiencies. Each place also
// gets its own marker shape, so lines can be told apart without colour at all.
export const PLACE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8F6A00', '#56B4E9', '#000000'];
export const PLACE_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;
export type MarkerShape = (typeof PLACE_SHAPES)[number];

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

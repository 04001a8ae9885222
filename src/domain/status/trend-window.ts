/**
 * How many of the most recent figures a series' trend is read from: the projection a status
 * reads (assess-target.ts) and the tested trend (trend-test.ts) alike, so one trend has one slope.
 * Apart from both, so the overview's status code does not carry the trend test's tables.
 */
export const TREND_WINDOW = 5;

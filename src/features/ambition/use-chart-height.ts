import { useState } from 'react';
import { useDrawnAtBuild } from '../../lib/hydrating';

/** The height a page drawn at build time gives the chart, which cannot know the screen. */
export const BUILT_CHART_HEIGHT = 340;
/** What sits above the chart on a laptop's first screen: header, title, the two disclosures, the indicator's name. */
const ABOVE_THE_CHART = 390;

/**
 * The detail chart's height: as much of the first screen as the title and controls leave, so a
 * 1280×720 laptop shows title, chart and status without scrolling and a 1920×1080 screen a chart
 * that is not a ribbon. Read once when the page opens; a page drawn at build time keeps the
 * height it was drawn at, so taking it over moves nothing under the reader's eyes.
 */
export function useDetailChartHeight(): number {
  const drawnAtBuild = useDrawnAtBuild();
  const [height] = useState(() => {
    if (drawnAtBuild || typeof window === 'undefined' || !window.innerHeight) return BUILT_CHART_HEIGHT;
    return Math.round(Math.min(480, Math.max(280, window.innerHeight - ABOVE_THE_CHART)));
  });
  return height;
}

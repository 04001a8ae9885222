import type { IndicatorChartModel } from './build-indicator-chart';
import { PLACE_COLOURS, TARGET_COLOUR } from './chart-style';

// A chart as a file someone can paste into their own slides: the drawing plus what a reader needs
// to trust it — title, place, source, the date it was taken and whether figures are illustrative —
// inside the image itself, since the page around it is left behind.

export interface ChartImageText {
  title: string;
  subtitle: string;
  source: string;
  /** e.g. "Downloaded 24 November 2026 from the Ambitions dashboard." */
  taken: string;
  illustrative: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER = 76;
const LEGEND_ROW = 24;
const FOOTER = 56;
const PAD = 16;

function legendEntries(model: IndicatorChartModel) {
  return [
    ...model.lines.map((l) => ({ label: l.label, colour: l.colour, dash: l.dash, width: l.kind === 'actual' ? 3 : 2 })),
    ...(model.band ? [{ label: model.band.label, colour: PLACE_COLOURS[0]!, dash: undefined, width: 10 }] : []),
    ...(model.targets.length ? [{ label: 'Target (star); baseline (square)', colour: TARGET_COLOUR, dash: undefined, width: 0 }] : []),
  ];
}

/** A standalone SVG document: the chart drawn inside a frame that carries its own explanation. */
export function chartImage(chart: SVGSVGElement, model: IndicatorChartModel, text: ChartImageText): { svg: string; width: number; height: number } {
  // recharts writes the drawn size on the element; the layout box is the fallback.
  const size = (attribute: 'width' | 'height', fallback: number) => Math.round(Number(chart.getAttribute(attribute)) || chart.getBoundingClientRect()[attribute] || fallback);
  const width = size('width', 800);
  const chartHeight = size('height', 340);
  const legend = legendEntries(model);
  const legendHeight = legend.length * LEGEND_ROW + 8;
  const height = HEADER + chartHeight + legendHeight + FOOTER;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>, textContent?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (textContent !== undefined) node.textContent = textContent;
    return node;
  };
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'Arial, Helvetica, sans-serif' })) root.setAttribute(k, String(v));
  root.append(el('title', {}, `${text.title}. ${text.subtitle}`));
  root.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  root.append(el('text', { x: PAD, y: 30, 'font-size': 20, 'font-weight': 700, fill: '#000000' }, text.title));
  root.append(el('text', { x: PAD, y: 56, 'font-size': 15, fill: '#000000' }, text.subtitle));

  const drawing = doc.importNode(chart, true) as SVGSVGElement;
  drawing.setAttribute('x', '0');
  drawing.setAttribute('y', String(HEADER));
  drawing.setAttribute('width', String(width));
  drawing.setAttribute('height', String(chartHeight));
  drawing.removeAttribute('style');
  drawing.removeAttribute('class');
  root.append(drawing);

  legend.forEach((entry, i) => {
    const y = HEADER + chartHeight + 8 + i * LEGEND_ROW + 12;
    if (entry.width > 0) {
      root.append(
        el('line', {
          x1: PAD,
          y1: y - 4,
          x2: PAD + 32,
          y2: y - 4,
          stroke: entry.colour,
          'stroke-width': Math.min(entry.width, 6),
          ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
        }),
      );
    } else {
      root.append(el('text', { x: PAD + 8, y, 'font-size': 16, fill: entry.colour }, '★'));
    }
    root.append(el('text', { x: PAD + 44, y, 'font-size': 14, fill: '#000000' }, entry.label));
  });

  const footerY = HEADER + chartHeight + legendHeight;
  root.append(el('text', { x: PAD, y: footerY + 20, 'font-size': 13, fill: '#000000' }, `Source: ${text.source}`));
  root.append(
    el(
      'text',
      { x: PAD, y: footerY + 42, 'font-size': 13, fill: '#000000' },
      text.illustrative ? `${text.taken} Includes illustrative figures: not published, not to be quoted.` : text.taken,
    ),
  );
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}

/** The same image as a PNG at `scale` times its size (2 for sharp slides), drawn by the browser. */
export async function chartPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

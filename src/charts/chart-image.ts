import type { IndicatorChartModel } from './build-indicator-chart';
import { PLACE_COLOURS, TARGET_COLOUR } from './chart-style';
import { BOLD, SVG_NS, svgMaker, textWidth, wrapText } from './svg-text';

// A chart as a file someone can paste into their own slides: a 16:9 slide-sized picture with the
// drawing plus what a reader needs to trust it — title, place, the status in words, the texts of
// the numbered comment marks, the source, the date it was taken and whether figures are
// illustrative — inside the image itself, since the page around it is left behind.

export interface ChartImageText {
  title: string;
  subtitle: string;
  /** The status in words, e.g. "Off track for the 2028 target. Plan’s 2024 target: awaiting figure." */
  status?: string;
  /** The comments the chart's numbered marks stand for, e.g. "[1] 2020: Only a sample of schools…". */
  comments?: readonly string[];
  source: string;
  /** e.g. "Downloaded 24 November 2026 from the Ambitions dashboard." */
  taken: string;
  illustrative: boolean;
}

/** A slide's proportions; the PNG is drawn at 1.5 times this, 1920 × 1080. */
export const IMAGE = { width: 1280, height: 720 };
export const PNG_SCALE = 1.5;
const PAD = 32;
const LINE = 22;

function legendEntries(model: IndicatorChartModel) {
  return [
    ...model.lines.map((l) => ({ label: l.label, colour: l.colour, dash: l.dash, width: l.kind === 'actual' ? 3 : 2 })),
    ...(model.band ? [{ label: model.band.label, colour: PLACE_COLOURS[0]!, dash: undefined, width: 10 }] : []),
    ...(model.targets.length ? [{ label: 'Target (star); baseline (square)', colour: TARGET_COLOUR, dash: undefined, width: 0 }] : []),
  ];
}

/** A standalone 16:9 SVG document: the chart scaled into a frame that carries its own explanation. */
export function chartImage(chart: SVGSVGElement, model: IndicatorChartModel, text: ChartImageText): { svg: string; width: number; height: number } {
  // recharts writes the drawn size on the element; the layout box is the fallback.
  const size = (attribute: 'width' | 'height', fallback: number) => Math.round(Number(chart.getAttribute(attribute)) || chart.getBoundingClientRect()[attribute] || fallback);
  const drawnWidth = size('width', 800);
  const drawnHeight = size('height', 340);
  const { width, height } = IMAGE;
  const inner = width - 2 * PAD;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const el = svgMaker(doc);
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'Arial, Helvetica, sans-serif' })) root.setAttribute(k, String(v));
  root.append(el('title', {}, `${text.title}. ${text.subtitle}${text.status ? `. ${text.status}` : ''}`));
  root.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));

  // From the top: title, subtitle, status.
  let y = PAD + 24;
  root.append(el('text', { x: PAD, y, 'font-size': 30, 'font-weight': 700, fill: '#000000' }, wrapText(text.title, inner, 30 * BOLD, 1)[0]!));
  y += 32;
  root.append(el('text', { x: PAD, y, 'font-size': 20, fill: '#000000' }, text.subtitle));
  if (text.status) {
    y += 30;
    root.append(el('text', { x: PAD, y, 'font-size': 20, 'font-weight': 700, fill: '#000000' }, wrapText(text.status, inner, 20 * BOLD, 1)[0]!));
  }
  const chartTop = y + 16;

  // From the bottom: the taken line, the source, the comments, the legend.
  const footer: { text: string; bold?: boolean }[] = [
    ...(text.comments ?? []).flatMap((c) => wrapText(c, inner, 16, 2).map((line) => ({ text: line }))).slice(0, 6),
    ...wrapText(`Source: ${text.source}`, inner, 16, 2).map((line) => ({ text: line })),
    { text: text.illustrative ? `${text.taken} Includes illustrative figures: not published, not to be quoted.` : text.taken, bold: text.illustrative },
  ];
  let bottom = height - PAD;
  for (const line of [...footer].reverse()) {
    root.append(el('text', { x: PAD, y: bottom, 'font-size': 16, 'font-weight': line.bold ? 700 : 400, fill: '#000000' }, line.text));
    bottom -= LINE;
  }

  // The legend, entries side by side, rows upwards from just above the footer.
  const rows: { label: string; colour: string; dash?: string; width: number; x: number }[][] = [[]];
  let x = PAD;
  for (const entry of legendEntries(model)) {
    const span = 44 + textWidth(entry.label, 16) + 24;
    if (x + span > width - PAD && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = PAD;
    }
    rows.at(-1)!.push({ ...entry, x });
    x += span;
  }
  const legendTop = bottom - rows.length * LINE + 8;
  rows.forEach((row, r) => {
    const ly = legendTop + r * LINE + 12;
    for (const entry of row) {
      if (entry.width > 0) {
        root.append(
          el('line', {
            x1: entry.x,
            y1: ly - 5,
            x2: entry.x + 32,
            y2: ly - 5,
            stroke: entry.colour,
            'stroke-width': Math.min(entry.width, 6),
            ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
          }),
        );
      } else root.append(el('text', { x: entry.x + 8, y: ly, 'font-size': 18, fill: entry.colour }, '★'));
      root.append(el('text', { x: entry.x + 44, y: ly, 'font-size': 16, fill: '#000000' }, entry.label));
    }
  });

  // The drawing, scaled to the room left between them and centred.
  const room = { width: inner, height: Math.max(120, legendTop - 8 - chartTop) };
  const drawing = doc.importNode(chart, true) as SVGSVGElement;
  drawing.setAttribute('viewBox', `0 0 ${drawnWidth} ${drawnHeight}`);
  drawing.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  drawing.setAttribute('x', String(PAD));
  drawing.setAttribute('y', String(chartTop));
  drawing.setAttribute('width', String(room.width));
  drawing.setAttribute('height', String(room.height));
  drawing.removeAttribute('style');
  drawing.removeAttribute('class');
  root.append(drawing);
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}

/** The same image as a PNG at `scale` times its size (1.5: a 1920 × 1080 slide), drawn by the browser. */
export async function chartPng(svg: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
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

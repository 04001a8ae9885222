import { IMAGE } from './chart-image';
import { BOLD, SVG_NS, svgMaker, wrapText } from './svg-text';

// The progress page's chart as a 16:9 picture for someone's slides: each commitment's share of the
// change made (bar) against the share of the time used (tick), both capped at the target, with
// the words beside each row, so the picture says what the page says without its colours.

export interface PortfolioImageRow {
  label: string;
  /** 0–1: the share of the change made, capped. */
  change?: number;
  /** 0–1: the share of the time used by the latest figure, capped. */
  time?: number;
  /** What the row says in words: "None: moved the wrong way… 43 percentage points behind schedule." */
  words: string;
  behind: boolean;
}

export interface PortfolioImageText {
  title: string;
  summary: string;
  taken: string;
  illustrative: boolean;
}

const PAD = 32;
const BAR = '#005eb8';
const BEHIND = '#a01b12';

export function portfolioImage(rows: readonly PortfolioImageRow[], text: PortfolioImageText): { svg: string; width: number; height: number } {
  const { width, height } = IMAGE;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const el = svgMaker(doc);
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'Arial, Helvetica, sans-serif' })) root.setAttribute(k, String(v));
  root.append(el('title', {}, `${text.title}. ${text.summary}`));
  root.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  root.append(el('text', { x: PAD, y: PAD + 24, 'font-size': 30, 'font-weight': 700, fill: '#000000' }, text.title));
  const summary = wrapText(text.summary, width - 2 * PAD, 18, 2);
  summary.forEach((line, i) => root.append(el('text', { x: PAD, y: PAD + 58 + i * 24, 'font-size': 18, fill: '#000000' }, line)));

  const label = { x: PAD, width: 330 };
  const track = { x: PAD + 345, width: 420 };
  const words = { x: track.x + track.width + 20, width: width - PAD - (track.x + track.width + 20) };
  const top = PAD + 58 + summary.length * 24 + 40;
  const footer = wrapText(
    `Bar: share of the change from baseline to target made. Black tick: share of the time used by the latest figure. ${text.taken}${
      text.illustrative ? ' Includes illustrative figures: not published, not to be quoted.' : ''
    }`,
    width - 2 * PAD,
    15,
    3,
  );
  const bottom = height - PAD - footer.length * 20;
  const rowHeight = Math.min(56, (bottom - top) / Math.max(1, rows.length));
  const at = (share: number) => track.x + Math.min(1, Math.max(0, share)) * track.width;

  // The scale: baseline and target lines with their names.
  root.append(el('text', { x: at(0), y: top - 10, 'font-size': 14, 'text-anchor': 'middle', fill: '#000000' }, 'Baseline'));
  root.append(el('text', { x: at(0.5), y: top - 10, 'font-size': 14, 'text-anchor': 'middle', fill: '#000000' }, '50%'));
  root.append(el('text', { x: at(1), y: top - 10, 'font-size': 14, 'text-anchor': 'middle', fill: '#000000' }, 'Target'));
  for (const share of [0, 1]) root.append(el('line', { x1: at(share), y1: top - 4, x2: at(share), y2: bottom, stroke: '#4c6272', 'stroke-width': 1 }));

  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const middle = y + rowHeight / 2;
    const labelLines = wrapText(row.label, label.width, 15, 2);
    labelLines.forEach((line, l) => root.append(el('text', { x: label.x, y: middle + 5 + (l - (labelLines.length - 1) / 2) * 17, 'font-size': 15, fill: '#000000' }, line)));
    if (row.change !== undefined) {
      root.append(el('rect', { x: at(0), y: middle - 9, width: Math.max(0, at(row.change) - at(0)), height: 18, fill: row.behind ? BEHIND : BAR }));
    }
    if (row.time !== undefined) root.append(el('rect', { x: at(row.time) - 2, y: middle - 14, width: 4, height: 28, fill: '#000000' }));
    const wordLines = wrapText(row.words, words.width, row.behind ? 14 * BOLD : 14, 2);
    wordLines.forEach((line, l) =>
      root.append(el('text', { x: words.x, y: middle + 5 + (l - (wordLines.length - 1) / 2) * 16, 'font-size': 14, 'font-weight': row.behind ? 700 : 400, fill: '#000000' }, line)),
    );
  });

  footer.forEach((line, i) => root.append(el('text', { x: PAD, y: bottom + 24 + i * 20, 'font-size': 15, fill: '#000000' }, line)));
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}

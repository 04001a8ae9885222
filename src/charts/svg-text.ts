// Small helpers for the downloadable images, which are SVG documents built by hand: SVG has no
// text wrapping, so lines are broken by an estimate of the text's width.

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Average advance of a character in Arial, as a share of the font size: enough to break lines safely. */
const CHAR_WIDTH = 0.56;
/** Bold text is wider: lines of it are broken as if its font were this much larger. */
export const BOLD = 1.1;

/** The lines a text breaks into at a width, in px, for a font size; at most `maxLines`, the last ending "…" when cut. */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${w}` : w;
    if (next.length > perLine && line) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')}…`;
  return kept;
}

/** An estimate of a text's width in px, to lay legend entries side by side. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** A way to make elements in one SVG document. */
export function svgMaker(doc: XMLDocument) {
  return (name: string, attrs: Record<string, string | number>, textContent?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (textContent !== undefined) node.textContent = textContent;
    return node;
  };
}

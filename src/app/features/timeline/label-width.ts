// The width a point item takes on screen: its dot and its title. Measured with a canvas (no
// layout, so it works for items vis has not drawn yet); where there is no canvas (jsdom) it is
// estimated from the length of the text.

/** Dot, gap and the title's padding around the text (see timeline.css and vis's point item). */
const POINT_CHROME_PX = 28;
/** Item titles are drawn at 0.85rem (timeline.css). */
const TITLE_REM = 0.85;
/** A point's title is cut with an ellipsis beyond 18rem (timeline.css; the tooltip has it whole). */
const MAX_TITLE_REM = 18;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/** Pixels from a point's dot to the end of its title; `html` is the item's escaped content. */
export function getPointWidth(html: string, font: { size: number; family: string }): number {
  const text = html.replace(/<[^>]*>/g, '').replace(/&[#a-z0-9]+;/gi, 'x');
  const size = font.size * TITLE_REM;
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  const max = font.size * MAX_TITLE_REM;
  if (context === null) return POINT_CHROME_PX + Math.min(max, text.length * size * 0.62);
  context.font = `${size}px ${font.family}`;
  // A selected title is bold, a little wider: leave it the room too.
  return POINT_CHROME_PX + Math.min(max, context.measureText(text).width * 1.08);
}

/** The root font size and the timeline's font family, which item titles use. */
export function getTitleFont(container: HTMLElement): { size: number; family: string } {
  const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { size, family: getComputedStyle(container).fontFamily || 'sans-serif' };
}

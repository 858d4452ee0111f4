/** An sRGB colour, channels 0..255. */
export type Rgb = [number, number, number];

/** The colour a computed style gives ("rgb(r, g, b)" or "rgba(r, g, b, a)"), with its alpha. */
export function parseColour(css: string): { rgb: Rgb; alpha: number } | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!match) return undefined;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha };
}

/** What the eye sees of a colour drawn at `alpha` over `background`. */
export function over(colour: Rgb, alpha: number, background: Rgb): Rgb {
  return colour.map((channel, i) => Math.round(channel * alpha + (background[i] ?? 0) * (1 - alpha))) as Rgb;
}

/** WCAG 2 contrast ratio, 1..21: 3 is the floor for graphics a reader must make out. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const hex = (rgb: Rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

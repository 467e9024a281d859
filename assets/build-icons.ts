// Draws the ASSESS icons (assets/icon-16.png … icon-80.png): a seal-red rounded badge holding a
// ranked bar chart — three white bars, best first, on a gold baseline — the ranking the add-in makes.
// Shapes are sampled 8×8 times per pixel, so the small sizes stay crisp without a font or an SVG
// renderer. Run: npx tsx assets/build-icons.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

type Rgb = readonly [number, number, number];
const SEAL_RED: Rgb = [0xb7, 0x28, 0x2e];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GOLD: Rgb = [0xf2, 0xc1, 0x4e];

/** A shape in unit coordinates (0..1 across the icon): does it cover the point? */
type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** Layers, back to front. Bars of 1st, 2nd, 3rd place, from left to right, tallest first. */
function layers(size: number): [Shape, Rgb][] {
  // At 16 px every edge should land near a pixel boundary; a wider margin wastes pixels there.
  const m = size <= 16 ? 0 : 0.04;
  const badge = roundedRect(m, m, 1 - m, 1 - m, 0.2);
  const base = 0.78;
  const barW = 0.17;
  const gap = 0.07;
  const left = 0.5 - (3 * barW + 2 * gap) / 2;
  const heights = [0.52, 0.38, 0.26];
  const bars: [Shape, Rgb][] = heights.map((h, i) => {
    const x0 = left + i * (barW + gap);
    return [roundedRect(x0, base - h, x0 + barW, base, size <= 16 ? 0 : 0.025), WHITE];
  });
  const baseline = roundedRect(left - 0.05, base + 0.02, 1 - left + 0.05, base + 0.085, size <= 16 ? 0 : 0.02);
  return [[badge, SEAL_RED], ...bars, [baseline, GOLD]];
}

export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const ss = 8;
  const shapes = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let colour: Rgb | null = null;
          for (const [shape, c] of shapes) if (shape(x, y)) colour = c;
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      // Straight (not premultiplied) alpha: the colour is the average of the covered samples.
      png.data[i] = a === 0 ? 0 : Math.round(r / a);
      png.data[i + 1] = a === 0 ? 0 : Math.round(g / a);
      png.data[i + 2] = a === 0 ? 0 : Math.round(b / a);
      png.data[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return PNG.sync.write(png);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;

if (require.main === module) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}

// The map as a PNG for reports: the WebGL canvas copied in the same frame it was drawn (MapLibre
// clears its drawing buffer after each frame unless preserveDrawingBuffer is set, which would slow
// every frame), then title, date, legend, scale bar, attribution and sources drawn on a 2D canvas.
// Print resolution renders the map again at three times the pixel ratio and restores it afterwards.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { scaleBar } from '../../lib/scale-bar';

export interface PngLegendItem {
  colour: string;
  label: string;
}

export interface PngOptions {
  /** Output pixels per CSS pixel of the map: 1 for screen (times the device's ratio), 3 for print. */
  scale: number;
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: PngLegendItem[];
  attribution: string;
  sources: string;
  /** The scale bar's length in the reader's language ("20 km", "20公里"). */
  distance: (metres: number) => string;
}

function once(map: MapLibreMap, event: 'idle' | 'render'): Promise<void> {
  return new Promise((resolve) => map.once(event, () => resolve()));
}

/** Copies the map's pixels during a render event, while the frame is still in the buffer. */
async function grabFrame(map: MapLibreMap, target: HTMLCanvasElement): Promise<void> {
  const ctx = target.getContext('2d')!;
  const done = new Promise<void>((resolve) => {
    map.once('render', () => {
      ctx.drawImage(map.getCanvas(), 0, 0, target.width, target.height);
      resolve();
    });
  });
  map.triggerRepaint();
  await done;
}

export async function renderMapPng(map: MapLibreMap, opts: PngOptions): Promise<{ blob: Blob; width: number; height: number }> {
  const container = map.getContainer();
  const cssW = container.clientWidth;
  const cssH = container.clientHeight;
  const ratio = opts.scale;
  const width = Math.round(cssW * ratio);
  const height = Math.round(cssH * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const previous = map.getPixelRatio();
  const changed = Math.abs(previous - ratio) > 1e-6;
  try {
    if (changed) {
      map.setPixelRatio(ratio);
      await once(map, 'idle');
    }
    await grabFrame(map, canvas);
  } finally {
    if (changed) map.setPixelRatio(previous);
  }
  decorate(canvas, map, opts, ratio);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded'))), 'image/png'),
  );
  return { blob, width, height };
}

function decorate(canvas: HTMLCanvasElement, map: MapLibreMap, o: PngOptions, s: number): void {
  const ctx = canvas.getContext('2d')!;
  const font = (size: number, weight = 400) => `${weight} ${Math.round(size * s)}px Inter, "Noto Sans CJK SC", "Noto Sans SC", sans-serif`;
  const pad = 10 * s;
  const box = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = 'rgba(0,0,0,0.2)';
    ctx.lineWidth = s;
    ctx.strokeRect(x, y, w, h);
  };
  ctx.textBaseline = 'top';

  // Title and date, top left.
  ctx.font = font(16, 600);
  const titleW = ctx.measureText(o.title).width;
  ctx.font = font(11);
  const subW = ctx.measureText(o.subtitle).width;
  box(pad, pad, Math.max(titleW, subW) + 2 * pad, 46 * s);
  ctx.fillStyle = '#1b1f24';
  ctx.font = font(16, 600);
  ctx.fillText(o.title, 2 * pad, pad + 7 * s);
  ctx.font = font(11);
  ctx.fillStyle = '#3b3f45';
  ctx.fillText(o.subtitle, 2 * pad, pad + 28 * s);

  // Legend, bottom left above the footer.
  const footerH = 34 * s;
  if (o.legend.length) {
    const row = 16 * s;
    ctx.font = font(11);
    const w = Math.max(ctx.measureText(o.legendTitle).width, ...o.legend.map((l) => ctx.measureText(l.label).width + 20 * s)) + 2 * pad;
    const h = row * (o.legend.length + 1) + pad;
    const y0 = canvas.height - footerH - h - pad;
    box(pad, y0, w, h);
    ctx.fillStyle = '#1b1f24';
    ctx.font = font(11, 600);
    ctx.fillText(o.legendTitle, 2 * pad, y0 + pad / 2);
    ctx.font = font(11);
    o.legend.forEach((l, i) => {
      const y = y0 + pad / 2 + row * (i + 1);
      ctx.fillStyle = l.colour;
      ctx.fillRect(2 * pad, y + 1 * s, 12 * s, 11 * s);
      ctx.strokeStyle = 'rgba(0,0,0,0.35)';
      ctx.strokeRect(2 * pad, y + 1 * s, 12 * s, 11 * s);
      ctx.fillStyle = '#1b1f24';
      ctx.fillText(l.label, 2 * pad + 18 * s, y);
    });
  }

  // Scale bar, bottom right above the footer.
  const bar = scaleBar(map.getCenter().lat, map.getZoom(), 120);
  const barW = bar.pixels * s;
  const bx = canvas.width - pad - barW - pad;
  const by = canvas.height - footerH - 30 * s;
  box(bx - pad, by - 4 * s, barW + 2 * pad, 26 * s);
  ctx.fillStyle = '#1b1f24';
  ctx.fillRect(bx, by + 14 * s, barW, 3 * s);
  ctx.fillRect(bx, by + 8 * s, 1.5 * s, 9 * s);
  ctx.fillRect(bx + barW - 1.5 * s, by + 8 * s, 1.5 * s, 9 * s);
  ctx.font = font(10);
  ctx.fillText(o.distance(bar.metres), bx, by);

  // Footer: attribution and sources across the bottom.
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(0, canvas.height - footerH, canvas.width, footerH);
  ctx.fillStyle = '#3b3f45';
  ctx.font = font(10);
  ctx.fillText(fit(ctx, o.attribution, canvas.width - 2 * pad), pad, canvas.height - footerH + 4 * s);
  ctx.fillText(fit(ctx, o.sources, canvas.width - 2 * pad), pad, canvas.height - footerH + 18 * s);
}

/** Shortens a line with an ellipsis to fit the width. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > width) t = t.slice(0, -1);
  return `${t}…`;
}

// Legend swatches drawn on the printed page's canvas: the same shapes and colours as the legend on
// the map (legend-swatch.tsx), from the same swatch declarations, scaled to the box the layout gives.
import type { Box } from '../../lib/print-flow';
import { HALO, POINT } from '../map/palette';
import type { PrintSwatch } from '../map/legend-model';

/** The on-screen swatch is 22 × 16 CSS pixels; the page's box is that shape at its resolution. */
const W = 22;
const H = 16;

function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, step: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = 'rgba(90,90,90,0.8)';
  ctx.lineWidth = Math.max(1, step / 4);
  for (let d = -h; d < w; d += step) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + h);
    ctx.lineTo(x + d + h, y);
    ctx.stroke();
  }
  ctx.restore();
}

export function drawSwatch(ctx: CanvasRenderingContext2D, box: Box, swatch: PrintSwatch): void {
  const s = Math.min(box.w / W, box.h / H);
  const ox = box.x + (box.w - W * s) / 2;
  const oy = box.y + (box.h - H * s) / 2;
  const cx = ox + (W / 2) * s;
  const cy = oy + (H / 2) * s;
  const circle = (r: number) => {
    ctx.beginPath();
    ctx.arc(cx, cy, r * s, 0, Math.PI * 2);
  };
  ctx.save();
  ctx.setLineDash([]);
  switch (swatch.kind) {
    case 'fill':
      ctx.fillStyle = swatch.colour;
      ctx.fillRect(ox + 1.5 * s, oy + 2.5 * s, 19 * s, 11 * s);
      if (swatch.noData) hatch(ctx, ox + 1.5 * s, oy + 2.5 * s, 19 * s, 11 * s, 3 * s);
      ctx.strokeStyle = 'rgba(0,0,0,0.35)';
      ctx.lineWidth = 0.8 * s;
      ctx.strokeRect(ox + 1.5 * s, oy + 2.5 * s, 19 * s, 11 * s);
      break;
    case 'area':
      ctx.globalAlpha = swatch.fillOpacity;
      ctx.fillStyle = swatch.colour;
      ctx.fillRect(ox + 1.5 * s, oy + 2.5 * s, 19 * s, 11 * s);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = swatch.colour;
      ctx.lineWidth = 1.6 * s;
      if (swatch.dashed) ctx.setLineDash([3.5 * s, 2.5 * s]);
      ctx.strokeRect(ox + 1.5 * s, oy + 2.5 * s, 19 * s, 11 * s);
      break;
    case 'point':
      circle(POINT.radius);
      ctx.fillStyle = swatch.shape === 'dot' ? swatch.colour : swatch.inner;
      ctx.fill();
      ctx.strokeStyle = swatch.shape === 'dot' ? swatch.edge : swatch.colour;
      ctx.lineWidth = (swatch.shape === 'dot' ? 1.5 : POINT.ringStroke) * s;
      ctx.stroke();
      if (swatch.shape === 'dot-in-ring') {
        circle(POINT.coreRadius);
        ctx.fillStyle = swatch.colour;
        ctx.fill();
      }
      break;
    case 'dot':
      circle(POINT.radius);
      ctx.fillStyle = swatch.colour;
      ctx.fill();
      ctx.strokeStyle = swatch.edge;
      ctx.lineWidth = 1.5 * s;
      ctx.stroke();
      break;
    case 'halo':
      circle(6.5);
      ctx.globalAlpha = HALO.fillOpacity * 2;
      ctx.fillStyle = swatch.colour;
      ctx.fill();
      ctx.globalAlpha = HALO.outlineOpacity;
      ctx.setLineDash([2 * s, 2 * s]);
      ctx.strokeStyle = swatch.colour;
      ctx.lineWidth = s;
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
      circle(2);
      ctx.fill();
      break;
    case 'rings':
      circle(6);
      ctx.setLineDash([4 * s, 2 * s]);
      ctx.strokeStyle = swatch.ring;
      ctx.lineWidth = 1.6 * s;
      ctx.stroke();
      ctx.setLineDash([]);
      circle(2.5);
      ctx.fillStyle = swatch.origin;
      ctx.fill();
      break;
  }
  ctx.restore();
}

// A legend swatch, drawn from the same registry entry (and so the same palette, in the same
// flavour) as the map layer it explains.
import { HALO, POINT } from './palette';
import type { LegendSwatch as Swatch } from './layer-entry';

const W = 22;
const H = 16;

export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  return (
    <svg className="legend-swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {swatch.kind === 'area' && (
        <rect
          x={1.5}
          y={2.5}
          width={W - 3}
          height={H - 5}
          rx={2}
          fill={swatch.colour}
          fillOpacity={swatch.fillOpacity}
          stroke={swatch.colour}
          strokeWidth={1.6}
          strokeDasharray={swatch.dashed ? '3.5 2.5' : undefined}
        />
      )}
      {swatch.kind === 'point' && (
        <>
          <circle
            cx={W / 2}
            cy={H / 2}
            r={POINT.radius}
            fill={swatch.shape === 'dot' ? swatch.colour : swatch.inner}
            stroke={swatch.shape === 'dot' ? swatch.edge : swatch.colour}
            strokeWidth={swatch.shape === 'dot' ? 1.5 : POINT.ringStroke}
          />
          {swatch.shape === 'dot-in-ring' && <circle cx={W / 2} cy={H / 2} r={POINT.coreRadius} fill={swatch.colour} />}
        </>
      )}
      {swatch.kind === 'dot' && <circle cx={W / 2} cy={H / 2} r={POINT.radius} fill={swatch.colour} stroke={swatch.edge} strokeWidth={1.5} />}
      {swatch.kind === 'halo' && (
        <>
          <circle
            cx={W / 2}
            cy={H / 2}
            r={6.5}
            fill={swatch.colour}
            // Twice the map's opacity: one small swatch has no neighbours to add up with.
            fillOpacity={HALO.fillOpacity * 2}
            stroke={swatch.colour}
            strokeOpacity={HALO.outlineOpacity}
            strokeDasharray="2 2"
          />
          <circle cx={W / 2} cy={H / 2} r={2} fill={swatch.colour} />
        </>
      )}
    </svg>
  );
}

// "Render once the map has drawn", for panels that can wait: true after the map's first complete
// frame, or after `fallbackMs` whatever happens (no WebGL, a map that failed, a page without one).
import { useEffect, useState } from 'react';
import { useMapStatus } from '../store/map-status';

export function useAfterMapFirstFrame(fallbackMs = 2_500): boolean {
  const first = useMapStatus((s) => s.firstFrame);
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (first) return;
    const timer = setTimeout(() => setLate(true), fallbackMs);
    return () => clearTimeout(timer);
  }, [first, fallbackMs]);
  return first || late;
}

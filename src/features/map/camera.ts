// The camera as the store keeps it: exactly what the URL codec writes and reads back, so a view
// restored from a link compares equal to the view that wrote it and the map never chases its own
// echo. Rounding is the codec's own (precision from the zoom), not a second copy of its rule.
import { decodeCamera, encodeCamera } from '../../lib/url-state';
import { type Camera } from '../../lib/vocabulary';

export function roundCamera(c: Camera): Camera {
  // Outside the codec's bounds (it rejects views far from Shanghai) the camera is kept as it is;
  // the map's own maxBounds keep it from getting there.
  return decodeCamera(encodeCamera(c)) ?? c;
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return encodeCamera(roundCamera(a)) === encodeCamera(roundCamera(b));
}

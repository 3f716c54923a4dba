// Full screen for the presenter: the F key and the caption card's button both toggle it, and the
// button shows whichever state the browser is in (Esc in the browser's own UI leaves it too).
import { useEffect, useState } from 'react';

export function toggleFullscreen(): void {
  // A browser that refuses (an iframe without allowfullscreen, a kiosk policy) leaves the tour as it is.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function useIsFullscreen(): boolean {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return on;
}

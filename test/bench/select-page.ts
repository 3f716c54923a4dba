// What the selection bench (select.ts) runs inside the page: the instrumentation installed before
// the app's scripts, and the watcher armed before each click. Both are sent to the page as source
// text, so they use nothing from this module's scope.
export type BenchWindow = Window & {
  __talentMap?: import('maplibre-gl').Map;
  __bench?: {
    clickAt: number | null;
    tasks: { start: number; duration: number }[];
    frames: LongFrame[];
  };
  __benchWatch?: Promise<{ clickAt: number; drawnAt: number; settledAt: number } | null>;
};

/** A long animation frame: where its time went (scripts before rendering, rAF callbacks, style/layout/paint). */
export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  /** Milliseconds of the frame spent in tasks before rendering, in requestAnimationFrame callbacks, and in style, layout and paint. */
  split: { tasks: number; animationFrame: number; styleLayoutPaint: number };
  scripts: { invoker: string; source: string; ms: number }[];
}

/** Runs in the page before any of its scripts: the click's time and every long task and frame. */
export function instrument(): void {
  const w = window as BenchWindow;
  const bench: NonNullable<BenchWindow['__bench']> = { clickAt: null, tasks: [], frames: [] };
  w.__bench = bench;
  // Capture phase on window: before any of the app's handlers see the click.
  window.addEventListener('click', (e) => (bench.clickAt = e.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const f = e as PerformanceEntry & {
          blockingDuration: number;
          renderStart: number;
          styleAndLayoutStart: number;
          scripts: { invoker: string; sourceURL: string; sourceFunctionName: string; duration: number }[];
        };
        bench.frames.push({
          start: f.startTime,
          duration: f.duration,
          blocking: f.blockingDuration,
          split: {
            tasks: Math.round((f.renderStart || f.startTime + f.duration) - f.startTime),
            animationFrame: Math.round(f.renderStart ? (f.styleAndLayoutStart || f.renderStart) - f.renderStart : 0),
            styleLayoutPaint: Math.round(f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0),
          },
          scripts: f.scripts
            .map((s) => ({ invoker: s.invoker, source: `${s.sourceFunctionName || '(anonymous)'} ${s.sourceURL.replace(/^.*\//, '')}`, ms: Math.round(s.duration) }))
            .sort((a, b) => b.ms - a.ms)
            .slice(0, 5),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A Chromium without long-animation-frame: long tasks still say what the budget needs.
  }
}

/** Arms the watcher for one selection; resolves once the selection is drawn and the map is idle again. */
export function arm({ source, fid, name }: { source: string; fid: number; name: string }): void {
  const w = window as BenchWindow;
  const map = w.__talentMap!;
  const bench = w.__bench!;
  bench.clickAt = null;
  w.__benchWatch = new Promise((done) => {
    let mapDrawn = false;
    let drawnAt = NaN;
    const timer = setTimeout(() => finish(null), 5_000);
    function finish(result: { clickAt: number; drawnAt: number; settledAt: number } | null) {
      clearTimeout(timer);
      map.off('render', onRender);
      done(result);
    }
    // MapLibre's 'render' fires in its requestAnimationFrame callback, after it has drawn the frame.
    function onRender() {
      if (bench.clickAt !== null && map.getFeatureState({ source, id: fid }).selected === true) mapDrawn = true;
    }
    function domShows(): boolean {
      const list = [...document.querySelectorAll('ul[aria-labelledby]')].find(
        (ul) => document.getElementById(ul.getAttribute('aria-labelledby')!)?.textContent === 'Districts',
      );
      const current = list?.querySelector('button[aria-current="true"]')?.textContent;
      const heading = document.querySelector('section.details h2')?.textContent;
      return current === name && heading === name;
    }
    function onFrame() {
      // What the DOM holds now is what this frame paints.
      const dom = bench.clickAt !== null && domShows();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (dom && mapDrawn) {
          drawnAt = performance.now();
          const settled = () => {
            if (map.isMoving()) return void map.once('moveend', () => map.once('idle', settled));
            finish({ clickAt: bench.clickAt!, drawnAt, settledAt: performance.now() });
          };
          if (!map.isMoving() && map.loaded()) settled();
          else map.once('idle', settled);
        } else {
          requestAnimationFrame(onFrame);
        }
      };
      channel.port2.postMessage(null);
    }
    map.on('render', onRender);
    requestAnimationFrame(onFrame);
  });
}

// Whether the browser breaks Chinese lines at phrase boundaries under `word-break: auto-phrase`.
// CSS `@supports` says only that the value parses: Chromium accepts it for every language but has a
// phrase model only for Japanese (so far), and lays out other languages as `normal` does, inside
// words. So the same Chinese sentence is laid out in a narrow box twice, once `normal` and once
// `auto-phrase`: if the two differ, the browser analysed it, and app.css may use it.

const SAMPLE = '城市在哪里服务安居和聚集人才每个数字都注明来源';
export const PHRASE_BREAKS_CLASS = 'phrase-breaks-zh';

function box(doc: Document, wordBreak: string): HTMLElement {
  const el = doc.createElement('div');
  el.lang = 'zh-Hans';
  el.textContent = SAMPLE;
  el.style.cssText = `position:absolute;visibility:hidden;left:-9999px;top:0;width:5em;font-size:16px;line-height:20px;word-break:${wordBreak}`;
  return el;
}

export function browserBreaksChinesePhrases(doc: Document = document): boolean {
  if (typeof CSS === 'undefined' || !CSS.supports?.('word-break', 'auto-phrase')) return false;
  const normal = box(doc, 'normal');
  const phrase = box(doc, 'auto-phrase');
  doc.body.append(normal, phrase);
  // Breaking at phrases moves at least one line end of a sentence this long, which shows in the height.
  const differs = normal.offsetHeight !== phrase.offsetHeight;
  normal.remove();
  phrase.remove();
  return differs;
}

/** Once, after the first paint, so the probe's layout does not delay it. */
export function detectPhraseBreaks(doc: Document = document): void {
  const run = () => doc.documentElement.classList.toggle(PHRASE_BREAKS_CLASS, browserBreaksChinesePhrases(doc));
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else run();
}

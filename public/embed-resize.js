/*
 * Shanghai Talent Map: auto-height for embedded maps.
 *
 * Include it once on the page that embeds the map, from the map's own site, and mark each map
 * frame with the data-talent-map-autoheight attribute:
 *
 *   <iframe src="https://talent-map.example/?mode=embed" title="Shanghai Talent Map"
 *           data-talent-map-autoheight style="display: block; width: 100%; height: 400px; border: 0"></iframe>
 *   <script src="https://talent-map.example/embed-resize.js" async></script>
 *
 * The map posts a `resize` event (message API version 1) with the height its content needs; this
 * script sets that frame's height. A message is obeyed only if it comes from a marked frame's own
 * window (event.source) AND from the origin of that frame's address (event.origin), and is exactly
 * { type: 'talent-map:event', version: 1, event: 'resize', height: <whole number 1–10000> }.
 * Anything else is ignored. The map sends events only to pages on its deployment's allowlist.
 * Plain JavaScript, no dependencies, nothing global but one guard flag.
 */
(function () {
  'use strict';
  if (window.__talentMapAutoHeight) return;
  window.__talentMapAutoHeight = true;

  var TYPE = 'talent-map:event';
  var VERSION = 1;
  var MAX_HEIGHT = 10000;
  var ATTRIBUTE = 'data-talent-map-autoheight';

  function isResize(data) {
    if (!data || typeof data !== 'object') return false;
    var keys = Object.keys(data);
    return (
      keys.length === 4 &&
      data.type === TYPE &&
      data.version === VERSION &&
      data.event === 'resize' &&
      typeof data.height === 'number' &&
      Math.floor(data.height) === data.height &&
      data.height >= 1 &&
      data.height <= MAX_HEIGHT
    );
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    if (!isResize(event.data)) return;
    var frames = document.querySelectorAll('iframe[' + ATTRIBUTE + ']');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = event.data.height + 'px';
        return;
      }
    }
  });
})();

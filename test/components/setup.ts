import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useMapStatus } from '../../src/store/map-status';

// findBy* waits for lazy chunks (the chart) and effects; on a loaded 2-core CI machine the default
// 1 s was sometimes not enough to import a chunk. The wait ends as soon as the element shows.
configure({ asyncUtilTimeout: 5_000 });

// jsdom draws no map: panels that wait for its first frame (the chart) render at once.
beforeEach(() => useMapStatus.setState({ firstFrame: true }));

// jsdom has <dialog> but not its modal methods; these do what the browser does to `open`.
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

afterEach(() => cleanup());

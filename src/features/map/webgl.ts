// MapLibre 6 needs WebGL2. Its constructor throws a GPUInitializationError when the browser cannot
// give it a context; the map view catches that and shows a plain notice instead of a blank box.
export function isGpuInitializationError(error: unknown): boolean {
  return error instanceof Error && error.name === 'GPUInitializationError';
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
}

// The presenter's controls as data: which key does what, and where each command leads. Pure, so
// the mapping a presentation clicker depends on is tested without a browser.

export type TourCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto'; chapter: number }
  | { kind: 'exit' }
  | { kind: 'fullscreen' };

/**
 * Clickers send PageDown / PageUp (some send the arrows, a few send Space or B); keyboards add
 * Home, End and digits. Modified keys are left to the browser (Ctrl+Home, Alt+←).
 */
export function commandForKey(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): TourCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Escape':
      return { kind: 'exit' };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
  }
  // 1–9 jump to that chapter, 0 to the tenth.
  if (/^[0-9]$/.test(e.key)) return { kind: 'goto', chapter: e.key === '0' ? 10 : Number(e.key) };
  return null;
}

/** A chapter number from the URL or a key, kept inside 1..count (a link to chapter 40 of 10 opens the last). */
export function clampChapter(chapter: number, count: number): number {
  if (count < 1) return 1;
  if (!Number.isInteger(chapter) || chapter < 1) return 1;
  return Math.min(chapter, count);
}

/**
 * Where a command leads from `chapter` in a tour of `count` chapters; null for commands that do
 * not move (exit, fullscreen). Next stops at the last chapter unless `loop` (autoplay) is on.
 */
export function targetChapter(command: TourCommand, chapter: number, count: number, loop = false): number | null {
  switch (command.kind) {
    case 'next':
      return chapter >= count ? (loop ? 1 : count) : chapter + 1;
    case 'previous':
      return Math.max(1, chapter - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'goto':
      return command.chapter <= count ? command.chapter : null;
    default:
      return null;
  }
}

/**
 * The tour's cameras are written for a projector: a 1920 × 1080 screen with the caption card on
 * the left leaves about 1229 × 1080 pixels of map. On a smaller map the same view needs a lower
 * zoom (one level per halving), or a phone would show a corner of what the audience saw. A larger
 * screen keeps the written zoom.
 */
export const TOUR_DESIGN_MAP = { width: 1229, height: 1080 } as const;

export function zoomForMapSize(zoom: number, width: number, height: number): number {
  if (width <= 0 || height <= 0) return zoom;
  const delta = Math.min(0, Math.log2(width / TOUR_DESIGN_MAP.width), Math.log2(height / TOUR_DESIGN_MAP.height));
  return Math.round((zoom + delta) * 100) / 100;
}

/** Where the presenter is: a chapter and a step inside it (both 1-based). */
export interface TourPosition {
  chapter: number;
  step: number;
}

/**
 * Where a command leads when a chapter may run over several steps (see tour-steps.ts): → and
 * PageDown continue inside the chapter before moving on, ← goes back a step, and from a chapter's
 * first step to the previous chapter's last (`LAST_STEP`, clamped once that chapter is measured).
 * Jumps (Home, End, digits) open a chapter at its first step. null: the command does not move.
 */
export function targetPosition(command: TourCommand, at: TourPosition, count: number, steps: number, loop = false, lastStep = 1_000): TourPosition | null {
  if (command.kind === 'next' && at.step < steps) return { chapter: at.chapter, step: at.step + 1 };
  if (command.kind === 'previous') {
    if (at.step > 1) return { chapter: at.chapter, step: Math.min(at.step, steps) - 1 };
    return at.chapter > 1 ? { chapter: at.chapter - 1, step: lastStep } : null;
  }
  const chapter = targetChapter(command, at.chapter, count, loop);
  if (chapter === null) return null;
  // Next on the last step of the last chapter stays; a jump to this chapter goes to its first step.
  if (chapter === at.chapter && (command.kind === 'next' || at.step === 1)) return null;
  return { chapter, step: 1 };
}

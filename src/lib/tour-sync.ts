// The protocol between the audience's window (presenter mode) and the speaker's presenter view,
// over a BroadcastChannel (same origin, same browser). Pure: building and validating messages.
// Each window says where it is whenever its position changes; the other follows. Nothing in a
// message is trusted: anything that fails the schema is dropped, so another page of the same site
// (or an old version in another tab) cannot move the talk with a malformed message.
import { z } from './zod';

export const TOUR_SYNC_CHANNEL = 'talent-map-tour';
const TYPE = 'talent-map:tour-sync';

const tourId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).nullable();
const windowId = z.string().regex(/^[a-z0-9]{4,32}$/);
const chapter = z.number().int().min(1).max(20);
const step = z.number().int().min(1).max(1000);

const positionSchema = z.strictObject({
  type: z.literal(TYPE),
  version: z.literal(1),
  kind: z.literal('position'),
  from: windowId,
  role: z.enum(['audience', 'speaker']),
  tour: tourId,
  chapter,
  step,
  /** Steps of this chapter on the audience's screen; the speaker's window navigates with it. */
  steps: step,
});

const helloSchema = z.strictObject({ type: z.literal(TYPE), version: z.literal(1), kind: z.literal('hello'), from: windowId, role: z.enum(['audience', 'speaker']), tour: tourId });
const byeSchema = z.strictObject({ type: z.literal(TYPE), version: z.literal(1), kind: z.literal('bye'), from: windowId });

export const syncMessageSchema = z.discriminatedUnion('kind', [positionSchema, helloSchema, byeSchema]);
export type SyncMessage = z.infer<typeof syncMessageSchema>;
export type PositionMessage = z.infer<typeof positionSchema>;
export type Role = PositionMessage['role'];

/** A message from the channel, or null for anything malformed (never throws). */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  try {
    const parsed = syncMessageSchema.safeParse(data);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function positionMessage(from: string, role: Role, tour: string | null, at: { chapter: number; step: number; steps: number }): PositionMessage {
  return { type: TYPE, version: 1, kind: 'position', from, role, tour, chapter: at.chapter, step: Math.min(at.step, 1000), steps: Math.min(Math.max(1, at.steps), 1000) };
}

export function helloMessage(from: string, role: Role, tour: string | null): SyncMessage {
  return { type: TYPE, version: 1, kind: 'hello', from, role, tour };
}

export function byeMessage(from: string): SyncMessage {
  return { type: TYPE, version: 1, kind: 'bye', from };
}

/** Whether a window showing `tour` follows a message about `other` (both the built-in tour, or the same saved one). */
export function sameTour(tour: string | null, other: string | null): boolean {
  return tour === other;
}

export function newWindowId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('');
}

// The message catalogue: one table per feature, merged here. The type check below fails the build
// when a key exists in one language and not the other.
import { app } from './messages/app';
import { map } from './messages/map';
import { embed } from './messages/embed';
import { tour } from './messages/tour';
import { analysis } from './messages/analysis';
import type { Lang } from '../lib/vocabulary';

const en = { ...app.en, ...map.en, ...embed.en, ...tour.en, ...analysis.en };
const zh: Record<keyof typeof en, string> = { ...app.zh, ...map.zh, ...embed.zh, ...tour.zh, ...analysis.zh };

export type MessageKey = keyof typeof en;
export const catalogue: Record<Lang, Record<MessageKey, string>> = { en, zh };

// The message catalogue: one table per feature, merged here. English is the reference: every
// other language's merged table must have each of its keys, and the catalogue must have a table
// for every language in the registry, or the type check fails.
import { app } from './messages/app';
import { map } from './messages/map';
import { embed } from './messages/embed';
import { tour } from './messages/tour';
import { analysis } from './messages/analysis';
import { importMessages } from './messages/import';
import { tourBuilder } from './messages/tour-builder';
import { workspace } from './messages/workspace';
import { print } from './messages/print';
import type { Lang } from './languages';

const en = { ...app.en, ...map.en, ...embed.en, ...tour.en, ...tourBuilder.en, ...analysis.en, ...importMessages.en, ...workspace.en, ...print.en };

export type MessageKey = keyof typeof en;
export const catalogue: Record<Lang, Record<MessageKey, string>> = {
  en,
  zh: { ...app.zh, ...map.zh, ...embed.zh, ...tour.zh, ...tourBuilder.zh, ...analysis.zh, ...importMessages.zh, ...workspace.zh, ...print.zh },
};

import type { Lang } from './languages';

/**
 * A feature's messages: one table per registered language, so a language added to the registry
 * and not here fails the type check. Key parity between the tables is checked in the catalogue.
 */
export type Messages<K extends string = string> = Record<Lang, Record<K, string>>;

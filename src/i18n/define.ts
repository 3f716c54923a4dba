/** A feature's messages: the Chinese table must have exactly the English table's keys. */
export type Messages<K extends string = string> = { en: Record<K, string>; zh: Record<K, string> };

// A catalogue message whose placeholders hold markup rather than text: a name that needs its own
// `lang`, say. The message keeps its word order in every language; only the pieces are elements.
import { Fragment, type ReactNode } from 'react';

export function fillParts(template: string, parts: Record<string, ReactNode>): ReactNode {
  const pieces = template.split(/\{(\w+)\}/g);
  return pieces.map((piece, i) => (
    // Odd pieces are placeholder names (the split keeps the captured group).
    <Fragment key={i}>{i % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece}</Fragment>
  ));
}

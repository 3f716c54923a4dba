// Small typed builders for the style expressions the layers share.
import type { ExpressionSpecification } from 'maplibre-gl';

// A feature the presenter's tour highlights is drawn as a selected one: the strongest state there is.
export const isHighlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
export const isSelected: ExpressionSpecification = ['any', ['boolean', ['feature-state', 'selected'], false], isHighlighted];
export const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** A value that depends on selection first, then hover. */
export function byState<T extends string | number>(normal: T, hover: T, selected: T): ExpressionSpecification {
  return ['case', isSelected, selected, isHovered, hover, normal];
}

export function propertyEquals(property: string, value: string): ExpressionSpecification {
  return ['==', ['get', property], value];
}

export function propertyIn(property: string, values: readonly string[]): ExpressionSpecification {
  return ['in', ['get', property], ['literal', [...values]]];
}

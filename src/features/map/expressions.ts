// Small typed builders for the style expressions the layers share.
import type { ExpressionSpecification } from 'maplibre-gl';

export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
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

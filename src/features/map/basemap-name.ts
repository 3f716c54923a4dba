// A basemap's name in the reader's language: the catalogue's, or for the custom style the name the
// deployment gave it in map-config.json (its text shown as text).
import { useQuery } from '@tanstack/react-query';
import { useLang, useT, type MessageKey } from '../../i18n/i18n';
import { mapConfigQuery } from '../../data/map-config-query';
import type { BasemapDef } from '../../lib/basemaps';

export function useBasemapName(): (def: BasemapDef, form: 'label' | 'short') => string {
  const t = useT();
  const lang = useLang();
  const custom = useQuery(mapConfigQuery).data?.customStyle?.name;
  return (def, form) => {
    if (def.id === 'custom' && custom) return custom[lang];
    // The registry's keys are checked against the catalogue by a unit test.
    return t((form === 'label' ? def.labelKey : def.shortKey) as MessageKey);
  };
}

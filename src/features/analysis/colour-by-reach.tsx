// Colouring the districts by reach replaces the reader's metric (the chart and the choropleth show
// one metric at a time), so it is a button of its own, never a side effect: it says what it
// replaced, and one step undoes it — metric, choropleth and breaks come back as they were.
import { useState } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { metricName } from '../../i18n/metric-names';
import type { AnalysisState, Metric } from '../../lib/vocabulary';

interface Before {
  metric: Metric;
  choropleth: AnalysisState['choropleth'];
  breaks: AnalysisState['breaks'];
  districtsShown: boolean;
}

/**
 * `target`: the reach metric to colour by — the service centres' ('reach', the default) or an
 * imported point set's, whose radius `prepare` first sets to the section's.
 */
export function ColourByReach({ target }: { target?: { metric: Metric; label: string; prepare: () => void } }) {
  const t = useT();
  const lang = useLang();
  const metric = useAppStore((s) => s.metric);
  const [before, setBefore] = useState<Before | null>(null);
  const reach = target?.metric ?? 'reach';
  // Once the reader moves on (another metric chosen), the undo no longer applies.
  const live = before !== null && metric === reach;

  const apply = () => {
    target?.prepare();
    const s = useAppStore.getState();
    setBefore({ metric: s.metric, choropleth: s.analysis.choropleth, breaks: s.analysis.breaks, districtsShown: s.layers.includes('districts') });
    s.setMetric(reach);
    s.setAnalysis({ choropleth: s.analysis.choropleth ?? { method: 'jenks', classes: 5 }, breaks: null });
    s.setLayerVisible('districts', true);
  };
  const undo = () => {
    if (!before) return;
    const s = useAppStore.getState();
    s.setMetric(before.metric);
    s.setAnalysis({ choropleth: before.choropleth, breaks: before.breaks });
    s.setLayerVisible('districts', before.districtsShown);
    setBefore(null);
  };

  return (
    <div className="analysis__replace">
      <button type="button" onClick={apply} disabled={metric === reach}>
        {target?.label ?? t('reach.colour')}
      </button>
      <p className="analysis__help">{t('reach.colourHelp')}</p>
      <div role="status">
        {live && (
          <p className="analysis__notice">
            {before.metric === reach
              ? t('reach.replacedNothing')
              : t('reach.replaced', { metric: metricName(before.metric, lang) })}{' '}
            <button type="button" className="link" onClick={undo}>
              {t('reach.undo')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}

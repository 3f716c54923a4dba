// The Analyse panel: the planner's tools in one place, each a section with a heading so a screen
// reader or a keyboard user can jump between them.
import { useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { ChoroplethSection } from './choropleth-section';
import { ReachSection } from './reach-section';
import { ProximitySection } from './proximity-section';
import { TimelineSection } from './timeline-section';
import { ExportSection } from './export-section';
import { CompareSection } from './compare-section';
import { useSiteSetSync } from './site-set';
import './analysis.css';

export function AnalysisPanel() {
  const t = useT();
  useSiteSetSync();
  return (
    <section className="analysis" aria-label={t('analysis.label')}>
      <h2 className="analysis__title">{t('panel.analysis')}</h2>
      <InViewToggle />
      <ChoroplethSection />
      <ReachSection />
      <ProximitySection />
      <TimelineSection />
      <CompareSection />
      <ExportSection />
    </section>
  );
}

function InViewToggle() {
  const t = useT();
  const on = useAppStore((s) => s.analysis.inView);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  return (
    <div className="analysis__inview">
      <label className="analysis__check">
        <input type="checkbox" checked={on} onChange={(e) => setAnalysis({ inView: e.target.checked })} />
        <span>{t('analysis.inview')}</span>
      </label>
      {on && <p className="analysis__help">{t('analysis.inviewHelp')}</p>}
    </div>
  );
}

// The Analyse panel: the planner's tools in one place, each a section with a heading so a screen
// reader or a keyboard user can jump between them.
import { useT } from '../../i18n/i18n';
import { ChoroplethSection } from './choropleth-section';
import { ReachSection } from './reach-section';
import { ProximitySection } from './proximity-section';
import { TimelineSection } from './timeline-section';
import { ExportSection } from './export-section';
import { CompareSection } from './compare-section';
import './analysis.css';

export function AnalysisPanel() {
  const t = useT();
  return (
    <section className="analysis" aria-label={t('analysis.label')}>
      <h2 className="analysis__title">{t('panel.analysis')}</h2>
      <ChoroplethSection />
      <ReachSection />
      <ProximitySection />
      <TimelineSection />
      <CompareSection />
      <ExportSection />
    </section>
  );
}

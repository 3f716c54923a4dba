// The share dialog's live preview: the frame the snippet describes, attribute for attribute, in
// the same wrapper (fixed shape) or marked for the auto-height script as the snippet marks it.
import { AUTO_FRAME_CSS, AUTO_HEIGHT_ATTRIBUTE, FRAME_CSS, REFERRER_POLICY, cssObject, wrapperCss, type FrameSpec } from '../../lib/embed-snippet';

export function EmbedPreview({ spec }: { spec: FrameSpec }) {
  const auto = spec.height === 'auto';
  const frame = (
    <iframe
      src={spec.src}
      title={spec.title}
      loading="lazy"
      allowFullScreen
      referrerPolicy={REFERRER_POLICY}
      {...(auto ? { [AUTO_HEIGHT_ATTRIBUTE]: '' } : {})}
      style={cssObject(auto ? AUTO_FRAME_CSS : FRAME_CSS)}
    />
  );
  return (
    <div className="share-dialog__preview" data-testid="embed-preview" style={auto ? undefined : cssObject(wrapperCss(spec.aspect))}>
      {frame}
    </div>
  );
}

// A source is one click away from every figure: a small button that opens the full citation.
import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '../data/queries';
import { useLang, useT } from '../i18n/i18n';
import { formatPartialDate } from '../lib/format';
import type { Source } from '../data/schemas';

function shortLabel(source: Source | undefined, id: string): string {
  if (!source) return id;
  // Some articles do not name their publisher; their title identifies them better than "(not stated)".
  const who = source.publisher.startsWith('(') ? truncate(source.title, 32) : truncate(source.publisher, 40);
  const year = source.date ? source.date.slice(0, 4) : '';
  return year ? `${who}, ${year}` : who;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** `bare`: just the source's name, for lists that already say "Sources:". */
export function SourceRef({ id, bare = false }: { id: string; bare?: boolean }) {
  const t = useT();
  const lang = useLang();
  const { data: sources } = useQuery(sourcesQuery);
  const [open, setOpen] = useState(false);
  const dialogId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const source = sources?.get(id);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <span className="source-ref">
      <button
        ref={buttonRef}
        type="button"
        className="source-ref__button"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        onClick={() => setOpen((o) => !o)}
        title={t('source.open')}
      >
        {bare ? shortLabel(source, id) : t('source.label', { name: shortLabel(source, id) })}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={dialogId}
          role="dialog"
          aria-label={t('source.dialog')}
          tabIndex={-1}
          className="source-ref__panel"
        >
          {source ? (
            <dl>
              <dt>{t('source.publisher')}</dt>
              <dd>{source.publisher}</dd>
              <dt>{t('source.title')}</dt>
              <dd>{source.title}</dd>
              <dt>{t('source.date')}</dt>
              <dd>{formatPartialDate(source.date, lang) ?? t('source.noDate')}</dd>
              <dt>{t('source.link')}</dt>
              <dd>
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.url}
                  </a>
                ) : (
                  t('source.noLink')
                )}
              </dd>
              <dt>{t('source.id')}</dt>
              <dd>
                <code>{source.id}</code>
              </dd>
            </dl>
          ) : (
            <p>{sources ? t('source.unknown', { id }) : t('source.loading')}</p>
          )}
          <button type="button" className="source-ref__close" onClick={() => setOpen(false)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </span>
  );
}

export function SourceRefs({ ids }: { ids: readonly string[] }) {
  return (
    <span className="source-refs">
      {ids.map((id) => (
        <SourceRef key={id} id={id} bare />
      ))}
    </span>
  );
}

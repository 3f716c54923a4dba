// The workspace's tools behind one row of tabs (Find, Layers, Analyse), so each is one click from
// the top of the column at any screen height instead of a long scroll down a stacked sidebar.
// WAI-ARIA tabs with automatic activation: ←/→ (and Home/End) move between tabs and show the
// panel, Tab goes into the panel. Panels stay mounted when hidden, so what a reader typed in one
// (a search, a radius) is still there when they come back. The hidden ones are first rendered once
// the map has drawn (or a tab is opened): the map goes first on the page's main thread.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useAfterMapFirstFrame } from '../derived/after-map';

export interface WorkspaceTab {
  id: string;
  label: string;
  content: ReactNode;
}

export function WorkspaceTabs({
  tabs,
  active,
  onChange,
  label,
}: {
  tabs: readonly WorkspaceTab[];
  active: string;
  onChange: (id: string) => void;
  label: string;
}) {
  const base = useId();
  const mapDrawn = useAfterMapFirstFrame();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === active),
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onChange(tabs[next]!.id);
    buttons.current[next]?.focus();
  };

  return (
    <div className="workspace-tabs">
      <div className="workspace-tabs__list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={i === index}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={i === index ? 0 : -1}
            className="workspace-tabs__tab"
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          className="workspace-tabs__panel"
          hidden={i !== index}
          tabIndex={0}
        >
          {(i === index || mapDrawn) && tab.content}
        </div>
      ))}
    </div>
  );
}

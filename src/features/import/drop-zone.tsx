// Dropping a file on the map: the whole map area takes the drop while a file is dragged over it
// and says so; the file goes to the same preview as the file picker.
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { takeFile } from './import-panel';

function hasFiles(e: DragEvent | React.DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function DropZone({ children }: { children: ReactNode }) {
  const t = useT();
  const [over, setOver] = useState(false);
  // A drag that leaves the window ends without a dragleave on the zone.
  useEffect(() => {
    const end = () => setOver(false);
    window.addEventListener('dragend', end);
    window.addEventListener('drop', end);
    return () => {
      window.removeEventListener('dragend', end);
      window.removeEventListener('drop', end);
    };
  }, []);
  return (
    <div
      className="import-drop"
      data-testid="import-drop"
      onDragEnter={(e) => {
        if (hasFiles(e)) setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) takeFile(file);
      }}
    >
      {children}
      {over && (
        <div className="import-drop__overlay" aria-hidden="true">
          <p>{t('import.dropHere')}</p>
        </div>
      )}
    </div>
  );
}

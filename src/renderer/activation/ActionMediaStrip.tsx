import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { countChanges } from '../store/unsavedChanges';

/**
 * The media notice in short, kept in sight while the checklist scrolls: during an incident the
 * stick is most likely to be pulled, and the ticks go on meanwhile, kept in this window.
 */
export function ActionMediaStrip() {
  const { t } = useTranslation();
  const trouble = useStore((s) => s.mediaTrouble);
  const count = useStore((s) => countChanges(s.unsaved));
  const saveElsewhere = useStore((s) => s.saveElsewhere);
  const busy = useStore((s) => s.busy);
  if (!trouble) return null;
  return (
    <div className="action-media" role="status" data-testid="action-media">
      <TriangleAlert size={20} aria-hidden="true" />
      <span>{t('activation.view.mediaKept', { count })}</span>
      <button type="button" disabled={busy} onClick={() => void saveElsewhere()}>
        {t('media.saveElsewhere')}
      </button>
    </div>
  );
}

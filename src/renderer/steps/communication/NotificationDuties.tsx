import { Scale } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordingRegion } from '../../../domain/organisationKinds';
import { defaultNotificationDuties } from '../../../domain/templates/notificationDuties';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection, useWordingContext } from '../../forms/useSection';
import { useStore } from '../../store';

/**
 * The duties to notify authorities, with a button that adds the legal ones for the plan's kind
 * of organisation and country that are still missing (one per kind of authority).
 */
export function NotificationDuties(props: { selectedId?: string | null; onSelect?: (id: string | null) => void }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.plan?.language ?? 'nl');
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const addItem = useStore((s) => s.addItem);
  const duties = useListSection('notificationDuties');
  const roles = useListSection('roles') ?? [];
  const region = (useWordingContext() ?? 'company') as WordingRegion;
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  const addMissing = async () => {
    const present = new Set((duties ?? []).map((duty) => duty.kind));
    const roleIds = new Set(roles.map((role) => role.id));
    const missing = defaultNotificationDuties(region, language).filter((duty) => !present.has(duty.kind));
    if (missing.length === 0) {
      setNote(t('standards.duties.nothingToAdd'));
      return;
    }
    setBusy(true);
    setNote('');
    try {
      for (const { id: _templateId, ...duty } of missing)
        await addItem('notificationDuties', { ...duty, decides: roleIds.has(duty.decides) ? duty.decides : '' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="notification-duties" aria-labelledby="notification-duties-title">
      <h3 id="notification-duties-title">{t('lists.notificationDuties.title')}</h3>
      <p className="muted">{t('standards.duties.intro')}</p>
      <div className="template-picker">
        <button type="button" disabled={readOnly || busy || !duties} onClick={() => void addMissing()}>
          <Scale size={16} aria-hidden="true" /> {t('standards.duties.addTemplates')}
        </button>
        <span className="muted">{t('standards.duties.addTemplatesHint')}</span>
        {note && <span role="status">{note}</span>}
      </div>
      <ListSectionEditor
        section="notificationDuties"
        columns={['authority', 'earlyWarningHours', 'notificationHours', 'decides']}
        {...props}
      />
    </section>
  );
}

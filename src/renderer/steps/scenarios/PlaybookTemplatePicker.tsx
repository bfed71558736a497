import { BookCopy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_TEMPLATES, playbookFromTemplate } from '../../../domain/templates/playbooks';
import { useListSection } from '../../forms/useSection';
import { useStore } from '../../store';

/** Adds a ready-made playbook for a classic scenario, in the plan's language, to adapt afterwards. */
export function PlaybookTemplatePicker({ onAdded }: { onAdded: (scenarioId: string) => void }) {
  const { t } = useTranslation();
  const language = useStore((s) => s.plan?.language ?? 'nl');
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const addItem = useStore((s) => s.addItem);
  const roles = useListSection('roles') ?? [];
  const [key, setKey] = useState(PLAYBOOK_TEMPLATES[0]!.key);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const template = PLAYBOOK_TEMPLATES.find((candidate) => candidate.key === key);
    if (!template) return;
    setBusy(true);
    try {
      const { scenario, steps, checks } = playbookFromTemplate(template, language, roles);
      const created = await addItem('scenarios', scenario);
      if (!created) return;
      // One after the other, so the steps keep their order in the list.
      for (const step of steps) await addItem('scenarioSteps', { ...step, scenario: created.id });
      for (const check of checks) await addItem('playbookChecks', { ...check, scenario: created.id });
      onAdded(created.id);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="template-picker">
      <label htmlFor="playbook-template">{t('risksIncidents.playbook.template')}</label>
      <select
        id="playbook-template"
        value={key}
        onChange={(event) => setKey(event.target.value)}
        disabled={readOnly || busy}
      >
        {PLAYBOOK_TEMPLATES.map((template) => (
          <option key={template.key} value={template.key}>
            {template.title[language]}
          </option>
        ))}
      </select>
      <button type="button" disabled={readOnly || busy} onClick={() => void add()}>
        <BookCopy size={16} aria-hidden="true" /> {t('risksIncidents.playbook.templateAdd')}
      </button>
    </div>
  );
}

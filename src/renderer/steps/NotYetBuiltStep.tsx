import { Construction } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export function NotYetBuiltStep() {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <Construction size={32} aria-hidden="true" />
      <p>{t('common.notBuilt')}</p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { HealthWarning } from '../../../domain/healthTypes';
import { useWordingContext } from '../../forms/useSection';

/** A warning as a sentence: dates written out, an audience by its translated name. */
export function useWarningText() {
  const { t, i18n } = useTranslation();
  const context = useWordingContext();
  const dates = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-BE', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return (warning: Pick<HealthWarning, 'message' | 'params'>): string => {
    const params: Record<string, string | number> = { ...warning.params };
    if (typeof params.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(params.date))
      params.date = dates.format(new Date(`${params.date}T00:00:00Z`));
    if (typeof params.audience === 'string' && params.audience)
      params.audience = t(`choices.audience.${params.audience}`, { context });
    return t(warning.message, { context, ...params });
  };
}

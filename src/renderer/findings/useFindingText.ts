import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../domain/healthTypes';
import { useWordingContext } from '../forms/useSection';
import { dateLanguage, formatDate } from '../../i18n/dates';

/**
 * A finding as a sentence: dates written out, an audience by its translated name, and an item
 * without a name by its kind and row ("(risk without a name, row 3)"), never by its id.
 */
export function useFindingText() {
  const { t, i18n } = useTranslation();
  const context = useWordingContext();
  const unnamed = useUnnamedItem();
  return useCallback(
    (finding: Pick<Finding, 'message' | 'params' | 'section' | 'row'>): string => {
      const params: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(finding.params)) {
        if (value === '') params[key] = unnamed(finding);
        else if (key === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
          params[key] = formatDate(value, dateLanguage(i18n.language));
        else if (key === 'audience' && typeof value === 'string')
          params[key] = t(`choices.audience.${value}`, { context });
        else params[key] = value;
      }
      return t(finding.message, { context, ...params });
    },
    [t, i18n.language, context, unnamed],
  );
}

/** How an item without a name is called: its kind and its row in the list. */
export function useUnnamedItem() {
  const { t } = useTranslation();
  return useCallback(
    ({ section, row }: Pick<Finding, 'section' | 'row'>) =>
      section && row !== undefined
        ? t('findings.unnamedItem', { item: t(`findings.itemKind.${section}`, { defaultValue: section }), row })
        : t('common.unnamed'),
    [t],
  );
}

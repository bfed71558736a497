import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The translator, and `message` for a text of the import's own catalogue (the inventory's, the people's …). */
export function useImportMessages(catalogue: string) {
  const { t } = useTranslation();
  const message = (key: string, params?: TOptions) => t(`${catalogue}.${key}`, params);
  return { t, message };
}

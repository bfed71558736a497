import type { TFunction } from 'i18next';
import type { Problem } from '../store/errors';

/**
 * The sentence that tells the user what went wrong: the catalogue's `errors.<code>` with the
 * problem's values, the more specific `<specific>.<code>` first when a place words it its own way,
 * and the general "something went wrong" for a code no catalogue knows.
 */
export function problemText(
  t: TFunction,
  problem: Problem,
  options: { specific?: string; params?: Record<string, string | number> } = {},
): string {
  const params = { ...problem.params, ...options.params };
  const general = t(`errors.${problem.code}`, { ...params, defaultValue: t('errors.internal', problem.params) });
  return options.specific ? t(`${options.specific}.${problem.code}`, { ...params, defaultValue: general }) : general;
}

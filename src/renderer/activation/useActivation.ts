import { useEffect, useState } from 'react';
import { personTicking } from '../../domain/activation/calls';
import {
  ACTIVATION_LISTS,
  type ActivationList,
  type ActivationView,
  activationView,
  activeActivation,
  planLists,
} from '../../domain/activation/index';
import { useActivationUi } from './activationUi';
import { useListSection, useListSections, useSingletonSection } from '../forms/useSection';
import type { ListItem } from '../store/sectionsSlice';

/** The running activation, if any, read from the plan: so the action view resumes after a restart. */
export function useActiveActivation(): ListItem | undefined {
  const activations = useListSection('activations');
  return activeActivation(activations ?? []) as ListItem | undefined;
}

/** The clock the action view reads; it moves every 30 seconds. */
export function useNow(intervalMs = 30_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export interface ActivationData {
  view: ActivationView;
  people: ListItem[];
  roles: ListItem[];
  services: ListItem[];
  scenarioSteps: ListItem[];
  scenarios: ListItem[];
  notificationDuties: ListItem[];
}

/** Everything the action view shows, computed by the domain rules from the plan's lists. */
export function useActivationData(activation: ListItem, now: string): ActivationData | null {
  const loaded = useListSections(ACTIVATION_LISTS);
  const people = useListSection('people');
  const { data: alarm } = useSingletonSection('alarm');
  const by = useActivationUi((s) => s.by);
  const lists = planLists((key) => loaded[key], alarm);
  if (!lists || !people || !alarm) return null;
  const view = activationView(activation, lists, now, personTicking(people, by));
  // planLists answered, so every list it reads is loaded.
  const { roles, services, scenarioSteps, scenarios, notificationDuties } = loaded as Record<
    ActivationList,
    ListItem[]
  >;
  return { view, people, roles, services, scenarioSteps, scenarios, notificationDuties };
}

export function nameOf(items: readonly ListItem[], id: string, field: string): string {
  const value = items.find((item) => item.id === id)?.[field];
  return typeof value === 'string' && value.trim() ? value : '';
}

export function phoneOf(people: readonly ListItem[], id: string): string {
  const person = people.find((item) => item.id === id);
  for (const field of ['mobilePhone', 'workPhone']) {
    const value = person?.[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function clock(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "1 h 25 min" since `fromIso`, in the words of the catalogue. */
export function duration(
  fromIso: string,
  toIso: string,
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  const minutes = Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  if (Number.isNaN(minutes)) return '';
  return minutes < 60
    ? t('activation.view.minutes', { count: minutes })
    : t('activation.view.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

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
import type { Translate } from '../../domain/activation/reviewText';
import type { StoredItem } from '../../domain/records';
import { personPhones } from '../../domain/sections/people';
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
  people: StoredItem<'people'>[];
  roles: StoredItem<'roles'>[];
  services: StoredItem<'services'>[];
  scenarioSteps: StoredItem<'scenarioSteps'>[];
  scenarios: StoredItem<'scenarios'>[];
  notificationDuties: StoredItem<'notificationDuties'>[];
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
  const { roles, services, scenarioSteps, scenarios, notificationDuties } = loaded as {
    [K in ActivationList]: StoredItem<K>[];
  };
  return { view, people, roles, services, scenarioSteps, scenarios, notificationDuties };
}

/** An item's text in `field` ("Helpdesk" for a role's name), '' when it is gone or blank. */
export function nameOf<T extends { id: string }>(items: readonly T[], id: string, field: keyof T & string): string {
  const value = items.find((item) => item.id === id)?.[field];
  return typeof value === 'string' && value.trim() ? value : '';
}

/** The number to call a person on first: the mobile, else the work number. */
export function phoneOf(people: readonly StoredItem<'people'>[], id: string): string {
  const person = people.find((item) => item.id === id);
  return person ? (personPhones(person, { includePrivate: false })[0]?.number ?? '') : '';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function clock(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "1 h 25 min" since `fromIso`, in the words of the catalogue. */
export function duration(fromIso: string, toIso: string, t: Translate): string {
  const minutes = Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  if (Number.isNaN(minutes)) return '';
  return minutes < 60
    ? t('activation.view.minutes', { count: minutes })
    : t('activation.view.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

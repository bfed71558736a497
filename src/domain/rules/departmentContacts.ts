import type { HealthRule } from '../healthTypes';
import { itemWarnings } from './healthWarnings';
import { isFilled } from './snapshot';

/**
 * The seeds' contact annex gives every internal department a main contact and another one, like
 * every role: one absence must not leave a department without anyone to call. A department with
 * no contact at all is a gap of completeness, not of this rule.
 */
const departmentWithoutSecondContact: HealthRule = (plan) =>
  itemWarnings(
    plan,
    {
      code: 'department-without-second-contact',
      message: 'peoplePlaces.warnings.departmentNoSecondContact',
      severity: 'low',
      step: 'people',
      section: 'departments',
      field: 'deputy',
      params: (item) => ({ name: String(item.name ?? '').trim() }),
    },
    (department) =>
      isFilled(department.contact) && (!isFilled(department.deputy) || department.deputy === department.contact),
  );

export const departmentContactRules: readonly HealthRule[] = [departmentWithoutSecondContact];

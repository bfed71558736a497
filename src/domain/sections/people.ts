import { z } from 'zod';
import { field } from '../fields';
import { defineList } from '../section';

/**
 * The people directory. Everyone else in the plan (roles, departments, suppliers' counterparts at
 * home, fallback locations, copy holders) points at these items, so a name is typed once.
 */
export const peopleSection = defineList(
  'people',
  z.object({
    name: field.text({ required: true }),
    function: field.text(),
    department: field.text(),
    email: field.email(),
    workPhone: field.phone(),
    mobilePhone: field.phone(),
    /** Only with the person's consent, and never in exports meant for wide distribution. */
    privatePhone: field.phone({ private: true }),
    privateConsent: field.boolean(),
    lastVerified: field.date(),
    /** What else there is to know, and what an import could not place in a field ("Soort: Beamer"). */
    notes: field.longText(),
  }),
  { titleField: 'name' },
);

export type Person = z.infer<typeof peopleSection.schema>;

/** The fields that hold a person's numbers. */
export type PhoneField = 'mobilePhone' | 'workPhone' | 'privatePhone';

/**
 * A person's numbers in the order to try them: mobile, then work; the private number last, and only
 * where the person consented and the reader may see private data.
 */
export function personPhones(
  person: { readonly [F in PhoneField | 'privateConsent']?: Person[F] | undefined },
  { includePrivate }: { includePrivate: boolean },
): { field: PhoneField; number: string }[] {
  const fields: PhoneField[] = ['mobilePhone', 'workPhone'];
  if (includePrivate && person.privateConsent === true) fields.push('privatePhone');
  return fields.flatMap((field) => {
    // A plan file's JSON was never read through the schema: a number may be stored as one.
    const value: unknown = person[field];
    const number =
      typeof value === 'string'
        ? value.trim()
        : typeof value === 'number' && Number.isFinite(value)
          ? String(value)
          : '';
    return number ? [{ field, number }] : [];
  });
}

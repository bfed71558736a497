import type { Item, PlanItem } from './section';
import type { Activation, ActivationEvent } from './sections/activation';
import type { Alarm, CallTreeEntry } from './sections/alarm';
import type { Backup } from './sections/backups';
import type { Communication } from './sections/communication';
import type { Department } from './sections/departments';
import type { DistributionCopy } from './sections/distribution';
import type { RelatedDocument } from './sections/documents';
import type { ExerciseCheck } from './sections/exerciseChecks';
import type { Exercise } from './sections/exercises';
import type { Incident } from './sections/incidents';
import type { Location } from './sections/locations';
import type { NotificationDuty } from './sections/notificationDuties';
import type { Organisation } from './sections/organisation';
import type { Person } from './sections/people';
import type { PlaybookCheck } from './sections/playbookChecks';
import type { Review } from './sections/reviews';
import type { Risk } from './sections/risks';
import type { Role } from './sections/roles';
import type { Scenario, ScenarioStep } from './sections/scenarios';
import type { Service } from './sections/services';
import type { Supplier } from './sections/suppliers';
import type { SystemRecord } from './sections/systems';
import type { Training } from './sections/trainings';

/**
 * Each section's record as its zod schema infers it, by section key: the one map rules and exports
 * read a section through, so a field is named by the schema, not by a string.
 */
export interface SectionRecords {
  organisation: Organisation;
  alarm: Alarm;
  people: Person;
  roles: Role;
  departments: Department;
  locations: Location;
  suppliers: Supplier;
  distribution: DistributionCopy;
  documents: RelatedDocument;
  services: Service;
  systems: SystemRecord;
  backups: Backup;
  risks: Risk;
  scenarios: Scenario;
  scenarioSteps: ScenarioStep;
  playbookChecks: PlaybookCheck;
  incidents: Incident;
  reviews: Review;
  communication: Communication;
  notificationDuties: NotificationDuty;
  exercises: Exercise;
  exerciseChecks: ExerciseCheck;
  trainings: Training;
  callTree: CallTreeEntry;
  activations: Activation;
  activationEvents: ActivationEvent;
}

export type SingletonKey = 'organisation' | 'alarm';
export type ListKey = Exclude<keyof SectionRecords, SingletonKey>;

/** A list item as storage gives it: every field read through its schema, so each is there. */
export type StoredItem<K extends ListKey> = Item<SectionRecords[K]>;

/**
 * A list item as a plan file's JSON or a test may hold it: typed fields, any of which may be absent
 * (an export reads a JSON plan that was never read through the schemas).
 */
export type ListRecord<K extends ListKey> = PlanItem<SectionRecords[K]>;

/** An item of any list as a caller holds it before it is read as its section's record (a store, a file). */
export type ItemOfAnyList = { readonly id: string };

/** A singleton's record with any field possibly absent, for the same reason. */
export type SingletonRecord<K extends SingletonKey> = Partial<SectionRecords[K]>;

/** Whether each section is one record or a list: the map above, held to the section definitions by a test. */
export const SECTION_KINDS: { readonly [K in keyof SectionRecords]: K extends SingletonKey ? 'singleton' : 'list' } = {
  organisation: 'singleton',
  alarm: 'singleton',
  people: 'list',
  roles: 'list',
  departments: 'list',
  locations: 'list',
  suppliers: 'list',
  distribution: 'list',
  documents: 'list',
  services: 'list',
  systems: 'list',
  backups: 'list',
  risks: 'list',
  scenarios: 'list',
  scenarioSteps: 'list',
  playbookChecks: 'list',
  incidents: 'list',
  reviews: 'list',
  communication: 'list',
  notificationDuties: 'list',
  exercises: 'list',
  exerciseChecks: 'list',
  trainings: 'list',
  callTree: 'list',
  activations: 'list',
  activationEvents: 'list',
};

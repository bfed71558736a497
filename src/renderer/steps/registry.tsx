import type { ComponentType } from 'react';
import type { StepId } from '../../domain/steps';
import { NotYetBuiltStep } from './NotYetBuiltStep';
import { OrganisationStep } from './organisation/OrganisationStep';
import { BackupsStep } from './backups/BackupsStep';
import { InventoryStep } from './inventory/InventoryStep';
import { PrioritiesStep } from './priorities/PrioritiesStep';
import { ServicesStep } from './services/ServicesStep';
import { DistributionStep } from './distribution/DistributionStep';
import { LocationsStep } from './locations/LocationsStep';
import { PeopleStep } from './people/PeopleStep';
import { SuppliersStep } from './suppliers/SuppliersStep';

/** The component of each wizard step; one folder per step. */
export const STEP_COMPONENTS: Record<StepId, ComponentType> = {
  organisation: OrganisationStep,
  people: PeopleStep,
  services: ServicesStep,
  inventory: InventoryStep,
  priorities: PrioritiesStep,
  risks: NotYetBuiltStep,
  scenarios: NotYetBuiltStep,
  backups: BackupsStep,
  locations: LocationsStep,
  suppliers: SuppliersStep,
  alarm: NotYetBuiltStep,
  communication: NotYetBuiltStep,
  distribution: DistributionStep,
  tests: NotYetBuiltStep,
  incidents: NotYetBuiltStep,
  health: NotYetBuiltStep,
};

import type { ComponentType } from 'react';
import type { StepId } from '../../domain/steps';
import { OrganisationStep } from './organisation/OrganisationStep';
import { BackupsStep } from './backups/BackupsStep';
import { InventoryStep } from './inventory/InventoryStep';
import { PrioritiesStep } from './priorities/PrioritiesStep';
import { ServicesStep } from './services/ServicesStep';
import { DistributionStep } from './distribution/DistributionStep';
import { LocationsStep } from './locations/LocationsStep';
import { PeopleStep } from './people/PeopleStep';
import { SuppliersStep } from './suppliers/SuppliersStep';
import { AlarmStep } from './alarm/AlarmStep';
import { CommunicationStep } from './communication/CommunicationStep';
import { HealthStep } from './health/HealthStep';
import { VersionsStep } from './versions/VersionsStep';
import { IncidentsStep } from './incidents/IncidentsStep';
import { RisksStep } from './risks/RisksStep';
import { ScenariosStep } from './scenarios/ScenariosStep';
import { TestsStep } from './tests/TestsStep';

/** The component of each wizard step; one folder per step. */
export const STEP_COMPONENTS: Record<StepId, ComponentType> = {
  organisation: OrganisationStep,
  people: PeopleStep,
  services: ServicesStep,
  inventory: InventoryStep,
  priorities: PrioritiesStep,
  risks: RisksStep,
  scenarios: ScenariosStep,
  backups: BackupsStep,
  locations: LocationsStep,
  suppliers: SuppliersStep,
  alarm: AlarmStep,
  communication: CommunicationStep,
  distribution: DistributionStep,
  tests: TestsStep,
  incidents: IncidentsStep,
  health: HealthStep,
  versions: VersionsStep,
};

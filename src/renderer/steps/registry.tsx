import type { ComponentType } from 'react';
import type { StepId } from '../../domain/steps';
import { NotYetBuiltStep } from './NotYetBuiltStep';
import { OrganisationStep } from './organisation/OrganisationStep';

/** The component of each wizard step; one folder per step. */
export const STEP_COMPONENTS: Record<StepId, ComponentType> = {
  organisation: OrganisationStep,
  people: NotYetBuiltStep,
  services: NotYetBuiltStep,
  inventory: NotYetBuiltStep,
  priorities: NotYetBuiltStep,
  risks: NotYetBuiltStep,
  scenarios: NotYetBuiltStep,
  backups: NotYetBuiltStep,
  locations: NotYetBuiltStep,
  suppliers: NotYetBuiltStep,
  alarm: NotYetBuiltStep,
  communication: NotYetBuiltStep,
  distribution: NotYetBuiltStep,
  tests: NotYetBuiltStep,
  incidents: NotYetBuiltStep,
  health: NotYetBuiltStep,
};

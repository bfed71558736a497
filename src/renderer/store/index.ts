import { create } from 'zustand';
import { type AppSlice, createAppSlice } from './appSlice';
import { type EncryptionSlice, createEncryptionSlice } from './encryptionSlice';
import { type FindingsSlice, createFindingsSlice } from './findingsSlice';
import { type SectionsSlice, createSectionsSlice } from './sectionsSlice';
import { type VersionsSlice, createVersionsSlice } from './versionsSlice';
import { type WizardSlice, createWizardSlice } from './wizardSlice';

export type RootState = AppSlice & WizardSlice & SectionsSlice & VersionsSlice & EncryptionSlice & FindingsSlice;

export const useStore = create<RootState>()((...args) => ({
  ...createAppSlice(...args),
  ...createWizardSlice(...args),
  ...createSectionsSlice(...args),
  ...createVersionsSlice(...args),
  ...createEncryptionSlice(...args),
  ...createFindingsSlice(...args),
}));

import type { Region, VillageRow } from '../../types.js';
import { AddVillageModal } from './AddVillageModal.js';
import { MergeVillagesModal } from './MergeVillagesModal.js';
import { RenameRegionModal } from './RenameRegionModal.js';
import { SplitVillageModal } from './SplitVillageModal.js';

/** Which county-office form is open on a region page, if any. */
export type RegionDialogState =
  | { type: 'add'; township: Region }
  | { type: 'merge'; villages: VillageRow[] }
  | { type: 'rename'; target: { code: string; name: string } }
  | { type: 'split'; target: { code: string; name: string } }
  | null;

export function RegionDialog({ state, onClose }: { state: RegionDialogState; onClose: () => void }) {
  if (!state) return null;
  switch (state.type) {
    case 'add':
      return <AddVillageModal township={state.township} onClose={onClose} />;
    case 'merge':
      return <MergeVillagesModal villages={state.villages} onClose={onClose} />;
    case 'rename':
      return <RenameRegionModal region={state.target} onClose={onClose} />;
    case 'split':
      return <SplitVillageModal village={state.target} onClose={onClose} />;
  }
}

import { useEffect, useState } from 'react';
import type { MemoryPort } from '../adapters/memory/memoryPort';

export interface PortSelection {
  readonly selection: MemoryPort['selection'];
  /** Bumped on every write or select, so views of the workbook know to re-read. */
  readonly version: number;
}

/** The memory port's last selection, re-rendered through `onChange` after every apply or select. */
export function usePortSelection(port: MemoryPort): PortSelection {
  const [state, setState] = useState<PortSelection>(() => ({ selection: port.selection, version: 0 }));
  useEffect(() => {
    const sync = () => setState((s) => ({ selection: port.selection, version: s.version + 1 }));
    // A select made between the first render and this subscription would otherwise be missed.
    sync();
    return port.onChange(sync);
  }, [port]);
  return state;
}

import { useQueries } from '@tanstack/react-query';
import type { Tile } from './tiles';

/** One call per tile: the first 5 rows and the total of the list it stands for (the menu badges read the same). */
export function useWaiting(tiles: readonly Tile[]) {
  return useQueries({
    queries: tiles.map((tile) => ({
      queryKey: ['workbench', tile.key],
      queryFn: tile.load,
      staleTime: 30_000,
    })),
  });
}

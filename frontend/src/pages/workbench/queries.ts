import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
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

/** 近期动态: the latest changes made by people of the caller's subtree. */
export function useRecentActivity() {
  return useQuery({
    queryKey: ['workbench', 'recent-activity'],
    queryFn: () => unwrap(api.GET('/api/v1/workbench/recent-activity')),
    staleTime: 30_000,
  });
}

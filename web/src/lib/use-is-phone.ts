import { useMediaQuery } from '@mantine/hooks'

/** Phones (≤ 48em, Mantine's "sm"): cards and bottom navigation instead of tables and a sidebar. */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false })
}

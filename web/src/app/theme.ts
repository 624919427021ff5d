import { createTheme } from '@mantine/core'
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core'

/**
 * Colours are chosen for WCAG AA: filled buttons use shade 8 (white text ≥ 4.5:1), and
 * the text of light badges/alerts and "dimmed" text are darkened (Mantine's defaults sit
 * near 3:1 on white). Status is never shown by colour alone: badges carry words.
 */
const kinerja: MantineColorsTuple = [
  '#e7f1fb',
  '#cfe1f5',
  '#9dc2ea',
  '#68a1df',
  '#3f86d6',
  '#2675d1',
  '#176bcf',
  '#0a5ab7',
  '#004fa3',
  '#004491',
]

export const theme = createTheme({
  primaryColor: 'kinerja',
  primaryShade: { light: 8, dark: 5 },
  colors: { kinerja },
  autoContrast: true,
  luminanceThreshold: 0.35,
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Badge: { defaultProps: { variant: 'light' } },
    Button: { defaultProps: { radius: 'md' } },
  },
})

const DARKENED = [
  'kinerja',
  'blue',
  'red',
  'teal',
  'green',
  'orange',
  'yellow',
  'grape',
  'gray',
  'indigo',
  'cyan',
  'violet',
]

/** Mantine's shade 9 of these is still below 4.5:1 on white; use deeper tones for text. */
const DARKER_TEXT: Record<string, string> = {
  orange: '#9a3412',
  yellow: '#854d0e',
  green: '#1e6b2f',
  teal: '#0b6b50',
  cyan: '#0b6374',
}

export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6b7178',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-kinerja-8)',
  }
  for (const c of DARKENED) {
    const dark = DARKER_TEXT[c] ?? `var(--mantine-color-${c}-9)`
    light[`--mantine-color-${c}-light-color`] = dark
    light[`--mantine-color-${c}-text`] = dark
    light[`--mantine-color-${c}-outline`] = dark
  }
  return { variables: {}, light, dark: {} }
}

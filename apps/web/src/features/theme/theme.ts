import {
  createTheme,
  DEFAULT_THEME,
  localStorageColorSchemeManager,
  type CSSVariablesResolver,
} from '@mantine/core';

const { gray, dark, indigo, orange, red, teal } = DEFAULT_THEME.colors;

/**
 * Calm and dense: neutral greys, one indigo accent, small controls. Shades are picked for
 * WCAG AA: indigo.7 on white 5.0:1, white on indigo.8 5.7:1 (dark), indigo.4 on dark.7 5.2:1.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600', sizes: { h1: { fontSize: '1.375rem' }, h2: { fontSize: '1.125rem' } } },
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    NativeSelect: { defaultProps: { size: 'sm' } },
    PinInput: { defaultProps: { size: 'sm' } },
    Text: { defaultProps: { size: 'sm' } },
    NavLink: { defaultProps: { variant: 'light' } },
  },
});

/** Mantine's default "dimmed" grey and light-variant accent and error text are below 4.5:1; adjust them. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': gray[7]!,
    '--mantine-color-indigo-light-color': indigo[8]!,
    '--mantine-color-red-light-color': red[9]!,
    '--mantine-color-teal-light-color': teal[9]!,
    // High priority and "vulnerable" text: orange.9 is 4.3:1 on white, this one 5.2:1.
    '--mantine-color-orange-light-color': '#c2410c',
  },
  dark: {
    '--mantine-color-dimmed': dark[1]!,
    '--mantine-color-indigo-light-color': indigo[3]!,
    '--mantine-color-red-light-color': red[3]!,
    '--mantine-color-teal-light-color': teal[4]!,
    '--mantine-color-orange-light-color': orange[3]!,
  },
});

/** Remembers the light/dark choice between visits. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'kontakt.color-scheme' });

import purgeCSSPlugin from '@fullhuman/postcss-purgecss';

/**
 * Ship only the Lightning Design System rules the extension's markup uses: the full stylesheet is
 * about 1 MB; the panel needs a few per cent of it. Dynamic class names are listed in the safelist.
 */
export default {
  plugins: [
    purgeCSSPlugin({
      content: ['components/**/*.tsx', 'entrypoints/**/*.{html,tsx,ts}', 'lib/**/*.ts'],
      safelist: {
        standard: [
          /^sofie-/,
          /^slds-theme_/,
          /^slds-badge_/,
          /^slds-text-color_/,
          /^slds-has-/,
          /^slds-is-/,
        ],
        greedy: [/data-state/],
      },
      defaultExtractor: (content) => content.match(/[\w-/:.]+(?<!:)/g) ?? [],
      variables: false,
      keyframes: true,
      fontFace: true,
    }),
  ],
};

import type {Plugin, PostCssOptions} from '@docusaurus/types';

const PRESET_ENV = /postcss-preset-env/;

/**
 * Leaves `light-dark()` colours (src/css/custom.css) to the CSS minifier, Lightning CSS, which
 * writes one small fallback for the browsers the site supports that lack the function.
 * postcss-preset-env, which Docusaurus runs first, would write a second and larger fallback that
 * repeats every colour for every element (`:root *`).
 */
export function withoutLightDarkFallback(options: PostCssOptions): PostCssOptions {
  const index = options.plugins.findIndex(
    (plugin) => Array.isArray(plugin) && PRESET_ENV.test(String(plugin[0])),
  );
  if (index < 0)
    throw new Error('light-dark-colours: postcss-preset-env is not in the PostCSS plugins');
  const [name, settings = {}] = options.plugins[index] as [string, {features?: object}?];
  const plugins = [...options.plugins];
  plugins[index] = [
    name,
    {...settings, features: {...settings.features, 'light-dark-function': false}},
  ];
  return {...options, plugins};
}

export default function lightDarkColours(): Plugin {
  return {name: 'light-dark-colours', configurePostCss: withoutLightDarkFallback};
}

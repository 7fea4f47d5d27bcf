import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {PostCssOptions} from '@docusaurus/types';
import postcss, {type AcceptedPlugin} from 'postcss';
import postcssPresetEnv from 'postcss-preset-env';
import {withoutLightDarkFallback} from './lightDarkColours';

/** The PostCSS options Docusaurus gives its CSS loader: postcss-preset-env with no settings. */
const docusaurusDefault = (): PostCssOptions => ({
  ident: 'postcss',
  plugins: [[require.resolve('postcss-preset-env'), {}]],
});

const CSS = ':root { --aig-ok-text: light-dark(#116329, #7ee787); }';

/** What postcss-preset-env writes for CSS with the given loader options, for the site's browsers. */
async function processed(options: PostCssOptions): Promise<string> {
  const plugins = options.plugins.map((entry) => {
    const [, settings] = entry as [string, object];
    return postcssPresetEnv({...settings, env: 'production'}) as AcceptedPlugin;
  });
  return (await postcss(plugins).process(CSS, {from: undefined})).css;
}

describe('light-dark colours', () => {
  it('turns off only postcss-preset-env’s light-dark() feature, keeping the other options', () => {
    const options = withoutLightDarkFallback(docusaurusDefault());
    assert.deepEqual(options, {
      ident: 'postcss',
      plugins: [
        [require.resolve('postcss-preset-env'), {features: {'light-dark-function': false}}],
      ],
    });
  });

  it('leaves light-dark() to the minifier, where postcss-preset-env alone would rewrite it', async () => {
    assert.match(await processed(docusaurusDefault()), /:root \* \{ --csstools-light-dark-toggle/);
    const kept = await processed(withoutLightDarkFallback(docusaurusDefault()));
    assert.match(kept, /--aig-ok-text: light-dark\(#116329, #7ee787\)/);
    assert.doesNotMatch(kept, /:root \*/);
  });

  it('fails the build with a clear message if Docusaurus stops running postcss-preset-env', () => {
    assert.throws(
      () => withoutLightDarkFallback({plugins: []}),
      /postcss-preset-env is not in the PostCSS plugins/,
    );
  });
});

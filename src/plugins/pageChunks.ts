import type {Plugin} from '@docusaurus/types';

/**
 * Keeps the site's data and widget code out of the `common` chunk that every page loads.
 * Docusaurus puts any module used by half the chunks into `common`; the islands and widgets each
 * have a chunk of their own, so the limits, prices and questions modules would count as "used
 * everywhere" and reach pages that show none of them. Here they get shared chunks of their own,
 * loaded only by the chunks that import them.
 */
export default function pageChunks(): Plugin {
  return {
    name: 'page-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              siteData: {
                test: /[\\/]src[\\/](data|lib|widgets)[\\/]/,
                minChunks: 2,
                // Above `common` (40), below the single stylesheet (50).
                priority: 45,
                reuseExistingChunk: true,
              },
            },
          },
        },
      };
    },
  };
}

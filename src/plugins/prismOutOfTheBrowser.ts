import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Keeps Prism out of the browser bundle. Code is tokenized at build time (codeTokens.ts), so the
 * client needs no tokenizer; the classic theme still imports prism-react-renderer for its
 * language loader, which this points at an empty stand-in for client builds only.
 */
export default function prismOutOfTheBrowser(): Plugin {
  return {
    name: 'prism-out-of-the-browser',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {resolve: {alias: {'prism-react-renderer$': path.join(__dirname, 'prismStandIn.ts')}}};
    },
  };
}

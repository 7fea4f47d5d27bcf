import {createContext} from 'react';

/** The build-time tokens of the code block being rendered (src/plugins/codeTokensFormat.ts). */
export const TokensContext = createContext<string | undefined>(undefined);

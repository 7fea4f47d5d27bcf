// Languages are loaded at build time, where code is tokenized (src/plugins/codeTokens.ts);
// the browser has no Prism to extend.
export default function prismIncludeLanguages(): void {}

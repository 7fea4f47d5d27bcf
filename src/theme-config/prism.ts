import type {PrismTheme} from 'prism-react-renderer';

/*
 * Code colours with at least 4.5:1 contrast against their backgrounds, after GitHub's Primer
 * palettes. The stock prism themes fail WCAG AA for comments and strings.
 */

export const lightCodeTheme: PrismTheme = {
  plain: {color: '#1f2328', backgroundColor: '#f6f8fa'},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#57606a', fontStyle: 'italic'}},
    {types: ['string', 'char', 'attr-value', 'regex', 'url', 'inserted'], style: {color: '#0a3069'}},
    {types: ['keyword', 'atrule', 'selector', 'important', 'deleted'], style: {color: '#cf222e'}},
    {types: ['function', 'function-variable'], style: {color: '#8250df'}},
    {types: ['number', 'boolean', 'constant', 'symbol', 'builtin', 'property', 'operator', 'entity', 'variable'], style: {color: '#0550ae'}},
    {types: ['class-name', 'tag', 'namespace', 'decorator', 'attr-name'], style: {color: '#953800'}},
    {types: ['punctuation'], style: {color: '#1f2328'}},
  ],
};

export const darkCodeTheme: PrismTheme = {
  plain: {color: '#e6edf3', backgroundColor: '#161b22'},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#9198a1', fontStyle: 'italic'}},
    {types: ['string', 'char', 'attr-value', 'regex', 'url', 'inserted'], style: {color: '#a5d6ff'}},
    {types: ['keyword', 'atrule', 'selector', 'important', 'deleted'], style: {color: '#ff7b72'}},
    {types: ['function', 'function-variable'], style: {color: '#d2a8ff'}},
    {types: ['number', 'boolean', 'constant', 'symbol', 'builtin', 'property', 'operator', 'entity', 'variable'], style: {color: '#79c0ff'}},
    {types: ['class-name', 'tag', 'namespace', 'decorator', 'attr-name'], style: {color: '#ffa657'}},
    {types: ['punctuation'], style: {color: '#e6edf3'}},
  ],
};

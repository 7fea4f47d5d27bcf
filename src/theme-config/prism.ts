import type {PrismTheme} from 'prism-react-renderer';

/**
 * Code is coloured by CSS classes (`.token.keyword`, ...) in src/css/custom.css, not by inline
 * styles, so the same server-rendered markup is right in light and dark mode and code blocks need
 * no second render after hydration. The colours there have at least 4.5:1 contrast.
 */
export const classOnlyTheme: PrismTheme = {plain: {}, styles: []};

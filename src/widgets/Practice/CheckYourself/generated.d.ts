// The JSON modules src/plugins/checkYourself.ts writes at build time, one per option.
declare module '@generated/check-yourself/default/*.json' {
  import type {Question} from '@site/src/data/questions/types';

  const questions: readonly Question[];
  export default questions;
}

// The calculators' inputs: each labelled, each with its messages beside it.
export {ChoiceField} from './ChoiceField';
export {FileField} from './FileField';
export {NumberField} from './NumberField';
export {SelectField} from './SelectField';
export type {Choice} from './Messages';

// The decision screens live in ./decisions/; other meeting screens import them from here.
export { DecisionForm } from './decisions/decision-form'
export { DecisionList } from './decisions/decision-list'

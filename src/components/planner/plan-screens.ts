// What the form does not need, loaded once there is a plan to show (PlannerApp imports this module
// dynamically): the plan's table and its words, and the calendar file and print reactions.

export { connectPlanFile } from '../../stores/planner-plan-reactions';
export { PlanView } from './PlanView';

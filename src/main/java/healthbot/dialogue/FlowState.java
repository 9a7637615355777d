package healthbot.dialogue;

import healthbot.rules.Answers;

/**
 * Where a chat is in a flow.
 *
 * @param intent    the intent that started the flow
 * @param flow      flow name
 * @param answers   slot values so far
 * @param awaiting  the slot just asked for
 * @param reprompts how many answers in a row could not be understood
 */
record FlowState(String intent, String flow, Answers answers, String awaiting, int reprompts) {

    FlowState with(Answers newAnswers) {
        return new FlowState(intent, flow, newAnswers, awaiting, 0);
    }

    FlowState asking(String slot) {
        return new FlowState(intent, flow, answers, slot, slot.equals(awaiting) ? reprompts : 0);
    }

    FlowState reprompted() {
        return new FlowState(intent, flow, answers, awaiting, reprompts + 1);
    }
}

package healthbot.dialogue;

import healthbot.content.Region;
import healthbot.content.SlotPrompt;
import healthbot.rules.Slot;
import healthbot.rules.SlotValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The buttons that come with a flow's question: Yes/No, the regions, or the slot's choices (none
 * for numbers); each fills the slot when pressed or when its label is sent as text.
 */
record QuestionButtons(List<String> labels, List<ButtonAction> actions) {

    QuestionButtons {
        labels = List.copyOf(labels);
        actions = List.copyOf(actions);
    }

    static QuestionButtons of(Knowledge k, Slot slot, SlotPrompt prompt, String language, String yes, String no) {
        List<String> labels = new ArrayList<>();
        List<ButtonAction> actions = new ArrayList<>();
        switch (slot.type()) {
            case YES_NO -> {
                labels.add(yes);
                actions.add(new ButtonAction.Fill(slot.name(), new SlotValue.YesNo(true)));
                labels.add(no);
                actions.add(new ButtonAction.Fill(slot.name(), new SlotValue.YesNo(false)));
            }
            case REGION -> {
                for (Region r : k.content.settings().regions()) {
                    labels.add(r.label().in(language));
                    actions.add(new ButtonAction.Fill(slot.name(), new SlotValue.Id(r.id())));
                }
            }
            case CHOICE -> {
                for (String id : slot.choices()) {
                    labels.add(prompt.choices().get(id).in(language));
                    actions.add(new ButtonAction.Fill(slot.name(), new SlotValue.Id(id)));
                }
            }
            default -> { }
        }
        return new QuestionButtons(labels, actions);
    }
}

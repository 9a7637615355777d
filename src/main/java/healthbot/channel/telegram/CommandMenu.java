package healthbot.channel.telegram;

import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import java.util.List;

/** The commands Telegram shows in its menu, in English and Norwegian (bokmål). */
final class CommandMenu {

    private CommandMenu() {
    }

    static List<SetMyCommands> all() {
        return List.of(
                SetMyCommands.builder().commands(List.of(
                        new BotCommand("start", "Start and show the topics"),
                        new BotCommand("emergency", "Emergency numbers at once"),
                        new BotCommand("help", "What I can help with"),
                        new BotCommand("reset", "Start the conversation over"),
                        new BotCommand("forget", "Delete what I remember about this chat"))).build(),
                SetMyCommands.builder().languageCode("nb").commands(List.of(
                        new BotCommand("start", "Start og vis temaene"),
                        new BotCommand("emergency", "Nødnumre med en gang"),
                        new BotCommand("help", "Hva jeg kan hjelpe med"),
                        new BotCommand("reset", "Begynn samtalen på nytt"),
                        new BotCommand("forget", "Slett det jeg husker om denne samtalen"))).build());
    }
}

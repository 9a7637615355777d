package healthbot.channel.telegram;

import healthbot.dialogue.Bot;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands Telegram shows in its menu, in every language whose texts describe them all
 * ({@code commands.NAME} in each language's {@code texts.json}); the source language's menu is
 * the default, for every app language without a menu of its own.
 */
final class CommandMenu {

    private CommandMenu() {
    }

    static List<SetMyCommands> all(Bot bot) {
        List<SetMyCommands> menus = new ArrayList<>();
        bot.commandMenu().forEach((language, descriptions) -> {
            List<BotCommand> commands = new ArrayList<>();
            descriptions.forEach((name, description) -> commands.add(new BotCommand(name, description)));
            if (language.equals(bot.sourceLanguage())) {
                menus.add(0, SetMyCommands.builder().commands(commands).build());
            } else {
                menus.add(SetMyCommands.builder().languageCode(language).commands(commands).build());
            }
        });
        return menus;
    }
}

package healthbot.channel.telegram;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class OutboxTest {

    private final TelegramClient client = mock(TelegramClient.class);
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper sleeper = nanos -> sleeps.add(Duration.ofNanos(nanos));
    private final Limits limits = new Limits(1_000, 1_000, 100, 4, Duration.ofMillis(500), Duration.ofSeconds(60));
    private final Outbox outbox = new Outbox(client, new RateLimiter(limits, System::nanoTime, nanos -> { }), limits, sleeper, healthbot.ops.Metrics.create());
    private final SendMessage message = SendMessage.builder().chatId(7L).text("hi").build();

    private static TelegramApiRequestException error(int code, Integer retryAfter) {
        ApiResponse<Object> response = ApiResponse.builder().ok(false).errorCode(code).errorDescription("error")
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
                .build();
        return new TelegramApiRequestException("Error sending message", response);
    }

    @Test
    void tooManyRequestsWaitsRetryAfterThenSends() throws Exception {
        Message sent = new Message();
        when(client.execute(any(SendMessage.class))).thenThrow(error(429, 7)).thenReturn(sent);
        assertEquals(Optional.of(sent), outbox.send(7, "help", message));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }

    @Test
    void serverErrorsAndNetworkErrorsBackOffDoubling() throws Exception {
        Message sent = new Message();
        when(client.execute(any(SendMessage.class))).thenThrow(error(502, null))
                .thenThrow(new TelegramApiException("Unable to execute", new IOException("reset")))
                .thenThrow(error(500, null)).thenReturn(sent);
        assertEquals(Optional.of(sent), outbox.send(7, "help", message));
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000)), sleeps);
    }

    @Test
    void givesUpAfterMaxAttemptsAndReturnsEmpty() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error(500, null));
        assertEquals(Optional.empty(), outbox.send(7, "help", message));
        verify(client, times(4)).execute(any(SendMessage.class));
    }

    @Test
    void clientErrorsAreNotRetried() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error(403, null)); // the user blocked the bot
        assertEquals(Optional.empty(), outbox.send(7, "help", message));
        verify(client, times(1)).execute(any(SendMessage.class));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void retryAfterLongerThanTheCapGivesUpInsteadOfBlockingTheChat() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error(429, 3600));
        assertEquals(Optional.empty(), outbox.send(7, "help", message));
        verify(client, times(1)).execute(any(SendMessage.class));
        assertTrue(sleeps.isEmpty());
    }
}

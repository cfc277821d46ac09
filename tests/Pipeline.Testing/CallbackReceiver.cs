using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pipeline.Testing;

/// <summary>One callback as the receiver got it.</summary>
public sealed record ReceivedCallback(string? WebhookId, string? Timestamp, string? Signature, string ContentType, string Body)
{
    /// <summary>When the receiver got it (its own clock).</summary>
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>
/// A partner's webhook receiver: a real Kestrel server on a loopback port that records every request and answers with
/// the status <see cref="Answer"/> picks for the n-th request (1-based); 200 by default.
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedCallback> _received = new();

    private CallbackReceiver(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks/scans";

    public Func<int, int> Answer { get; set; } = _ => StatusCodes.Status200OK;

    /// <summary>The <c>Retry-After</c> header (seconds) for the n-th answer (1-based); none by default.</summary>
    public Func<int, string?> RetryAfter { get; set; } = _ => null;

    /// <summary>When set, every request is answered with a redirect there instead.</summary>
    public string? RedirectTo { get; set; }

    public IReadOnlyList<ReceivedCallback> Received => [.. _received];

    public static async Task<CallbackReceiver> StartAsync(int? port = null)
    {
        var chosen = port ?? FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{chosen}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app, chosen);
        var count = 0;
        app.MapPost("/hooks/scans", async (HttpRequest request, HttpResponse response) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver._received.Enqueue(new ReceivedCallback(
                request.Headers["webhook-id"], request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], request.ContentType ?? "", body));
            var n = Interlocked.Increment(ref count);
            if (receiver.RetryAfter(n) is { } retryAfter)
            {
                response.Headers.RetryAfter = retryAfter;
            }
            return receiver.RedirectTo is { } target ? Results.Redirect(target, preserveMethod: true) : Results.StatusCode(receiver.Answer(n));
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived.</summary>
    public async Task<IReadOnlyList<ReceivedCallback>> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_received.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The receiver got {_received.Count} of {count} callbacks.");
            }
            await Task.Delay(50);
        }
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

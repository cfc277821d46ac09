using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Batches.Read;

/// <summary>
/// <c>GET /api/v1/batches/{id}/events</c>: server-sent events. A <c>progress</c> event (the batch as
/// <c>GET /api/v1/batches/{id}</c> shows it, without entries) whenever its status or counts move, and an <c>end</c>
/// event when it is complete, after which the stream closes. Each event's id is the number of scans ended, so a client
/// that reconnects with <c>Last-Event-ID</c> gets what it missed and no repeat; a complete batch answers with its
/// <c>end</c> event at once.
/// </summary>
public static class BatchEvents
{
    public const string Progress = "progress";
    public const string End = "end";

    /// <summary>An unchanged batch is sent again this often, so proxies and clients see the stream is alive.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext context, IngestDbContext db, IOptions<BatchOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken);
        if (batch is null)
        {
            return problem!;
        }
        var lastSeen = int.TryParse(context.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var last) ? last : (int?)null;
        context.Response.Headers.CacheControl = "no-store";
        // Proxies that buffer (nginx) would hold the events back.
        context.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(StreamAsync(db, id, lastSeen, options.Value.ProgressInterval, time, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<BatchView>> StreamAsync(
        IngestDbContext db, Guid id, int? lastSeen, TimeSpan interval, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sent = lastSeen;
        BatchStatus? sentStatus = null;
        var lastSend = time.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
            if (batch is null || batch.DeletedAt is not null)
            {
                yield break;
            }
            var now = time.GetUtcNow();
            var ended = batch.Completed + batch.Failed;
            var eventId = ended.ToString(CultureInfo.InvariantCulture);
            if (batch.Status == BatchStatus.Completed)
            {
                yield return new SseItem<BatchView>(BatchView.Of(batch, now), End) { EventId = eventId };
                yield break;
            }
            // On a reconnect the status the client saw is unknown: only the count it saw is, and that decides.
            var moved = sent != ended || (sentStatus is not null && sentStatus != batch.Status);
            if (moved || now - lastSend >= KeepAlive)
            {
                yield return new SseItem<BatchView>(BatchView.Of(batch, now), Progress) { EventId = eventId, ReconnectionInterval = TimeSpan.FromSeconds(2) };
                (sent, sentStatus, lastSend) = (ended, batch.Status, now);
            }
            if (!await WaitAsync(interval, time, cancellationToken))
            {
                yield break;
            }
        }
    }

    private static async Task<bool> WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval, time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

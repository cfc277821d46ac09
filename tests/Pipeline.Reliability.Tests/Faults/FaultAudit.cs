using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Contracts;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>What the audit found wrong; empty when the fault cost nothing but time (and failures with a reason).</summary>
public sealed record FaultFindings(FaultRow Row, BatchFaultRow? BatchRow, IReadOnlyList<string> Problems);

/// <summary>The batch sent beside the stream, and the address its completion is mailed to.</summary>
public sealed record BatchRun(BatchSubmission Submission, string ContactEmail);

/// <summary>
/// After a fault: every accepted upload ends <c>completed</c> or <c>failed</c> with a reason, none twice (by the API's
/// status moves and by the blob store's writes), no message left in any queue, every message in an <c>_error</c> queue
/// belongs to a scan that ended (then the queue is emptied for the next fault), and each tenant scan called back once
/// for the event it ended with. The batch sent beside the stream is audited too (<see cref="BatchAudit"/>), and its
/// scans counted in the once-only, queue and error-queue checks like the single ones.
/// </summary>
public sealed class FaultAudit(DistributedStack stack, CreatedTenant tenant, CallbackReceiver receiver, MailCatcher mail, IBlobWrites writes)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    public async Task<FaultFindings> RunAsync(
        FaultCase fault, UploadStream stream, BatchRun? batchRun, bool armed, DateTimeOffset injectedAt, DateTimeOffset restoredAt, IReadOnlyList<string> timing)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        if (!armed)
        {
            problems.Add("the fault never found the system where it should hit (nothing mid-work): this run proved little");
        }
        var accepted = stream.Accepted;
        var refused = stream.Uploads.Where(u => u.ScanId is null).ToList();
        foreach (var upload in refused)
        {
            problems.Add($"upload {upload.Index} ({upload.File.Name}) was never accepted: {Shorten(upload.Refusal)}");
        }
        // An outage is the service's trouble, not the caller's: 503 with Retry-After, never a bare 500.
        foreach (var upload in stream.Uploads.Where(u => u.Answers.Contains("500")))
        {
            problems.Add($"upload {upload.Index} was answered 500 (an outage is a 503 to try again): {string.Join(", ", upload.Answers)}");
        }
        var retried = accepted.Count(u => u.Answers.Count > 1);
        if (retried > 0)
        {
            notes.Add($"{retried} uploads accepted on a retry ({string.Join(", ", accepted.SelectMany(u => u.Answers).Where(a => a != "202").GroupBy(a => a).Select(g => $"{g.Count()}× {g.Key}"))})");
        }

        // Every accepted upload ends, completed or failed with its stage, code and sentence.
        var ended = await WaitForEndsAsync(accepted);
        var lost = accepted.Where(u => ended.GetValueOrDefault(Key(u.ScanId!)) is not { IsFinal: true }).ToList();
        foreach (var upload in lost)
        {
            problems.Add($"scan {upload.ScanId} ({upload.File.Name}) is lost: {ended.GetValueOrDefault(Key(upload.ScanId!))?.Status ?? "not found"}");
        }
        var states = ended.Values.Where(s => s.IsFinal).ToList();
        var failed = states.Where(s => s.Status == "failed").ToList();
        foreach (var scan in failed.Where(s => s.Failure is not { Stage.Length: > 0, Code.Length: > 0, Message.Length: > 0 }))
        {
            problems.Add($"scan {scan.Id} failed without a stage, code and sentence");
        }
        foreach (var upload in accepted.Where(u => u.File.Bad && ended.GetValueOrDefault(Key(u.ScanId!)) is { Status: "completed" }))
        {
            problems.Add($"the bad file {upload.File.Name} completed");
        }

        // The batch beside the stream: it ends, adds up, and its results, summary and notices agree with its scans.
        var batch = batchRun is null ? null : await new BatchAudit(stack, tenant, receiver, mail).RunAsync(fault, batchRun.Submission, batchRun.ContactEmail, restoredAt);
        problems.AddRange(batch?.Problems.Select(p => $"batch: {p}") ?? []);

        // None twice: by the API's own record of status moves, and by the blob store's record of writes.
        var moves = stack.StatusMoves("Completed").Concat(stack.StatusMoves("Failed"))
            .GroupBy(p => Key(p.Key)).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        var writeCounts = writes.Count();
        var singleIds = accepted.Select(u => Key(u.ScanId!)).ToList();
        var duplicated = TwiceEnded(singleIds, moves, writeCounts, problems);
        var counted = Written(singleIds, writeCounts);
        if (counted < states.Count(s => s.Status == "completed"))
        {
            problems.Add($"only {counted} blob writes were counted for {accepted.Count} scans: the count of duplicates is blind");
        }
        notes.Add($"{counted} blob writes counted");
        var batchRow = batch?.Row;
        if (batch is not null)
        {
            var batchIds = batch.Scans.Keys.ToList();
            var batchWrites = Written(batchIds, writeCounts);
            if (batchWrites < batch.Scans.Values.Count(s => s.Status == "completed"))
            {
                problems.Add($"only {batchWrites} blob writes were counted for {batchIds.Count} batch scans: the count of duplicates is blind");
            }
            batchRow = batch.Row with
            {
                EndedTwice = TwiceEnded(batchIds, moves, writeCounts, problems).Count,
                Notes = string.Join("; ", timing.Append($"{batchWrites} blob writes counted").Append(batch.Row.Notes).Where(n => n.Length > 0)),
            };
            foreach (var (id, scan) in batch.Scans)
            {
                ended[id] = scan;
            }
        }
        var (queueProblems, queueNotes) = await AuditQueuesAsync(ended);
        problems.AddRange(queueProblems);
        notes.AddRange(queueNotes);
        var (callbackProblems, callbackNotes) = await AuditCallbacksAsync(accepted, ended);
        problems.AddRange(callbackProblems);
        notes.AddRange(callbackNotes);

        // Recovery: from the moment the fault was undone until every upload accepted by then had ended.
        var before = accepted.Where(u => u.AcceptedAt <= restoredAt).Select(u => ended.GetValueOrDefault(Key(u.ScanId!))).ToList();
        double? recovery = before.Count > 0 && before.All(s => s?.CompletedAt is not null)
            ? Math.Max(0, (before.Max(s => s!.CompletedAt!.Value) - restoredAt).TotalSeconds)
            : null;
        notes.Insert(0, $"fault held {(restoredAt - injectedAt).TotalSeconds:0} s");

        var row = new FaultRow(fault.Order, fault.Name, accepted.Count, states.Count(s => s.Status == "completed"), failed.Count, lost.Count,
            duplicated.Count, refused.Count, recovery, string.Join("; ", notes))
        {
            FailedBy = string.Join(", ", failed.GroupBy(s => $"{s.Failure?.Stage}/{s.Failure?.Code}").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")),
        };
        return new FaultFindings(row, batchRow, problems);
    }

    /// <summary>The scans that ended more than once, by the API's log of status moves or by a blob written twice.</summary>
    private static HashSet<Guid> TwiceEnded(IEnumerable<Guid> scans, Dictionary<Guid, int> moves, IReadOnlyDictionary<string, int> writeCounts, List<string> problems)
    {
        var twice = new HashSet<Guid>();
        foreach (var id in scans)
        {
            if (moves.GetValueOrDefault(id) > 1)
            {
                twice.Add(id);
                problems.Add($"scan {id:N} ended {moves[id]} times (API log)");
            }
            foreach (var blob in BlobNames.All(id).Where(b => writeCounts.GetValueOrDefault(b) > 1))
            {
                twice.Add(id);
                problems.Add($"blob {blob} was written {writeCounts[blob]} times");
            }
        }
        return twice;
    }

    private static int Written(IEnumerable<Guid> scans, IReadOnlyDictionary<string, int> writeCounts) =>
        scans.Sum(id => BlobNames.All(id).Sum(b => writeCounts.GetValueOrDefault(b)));

    private async Task<Dictionary<Guid, ScanState>> WaitForEndsAsync(IReadOnlyList<TrackedUpload> uploads)
    {
        using var anonymous = stack.CreateApiClient();
        using var asTenant = stack.CreateApiClient();
        asTenant.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        var states = new Dictionary<Guid, ScanState>();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            foreach (var upload in uploads.Where(u => states.GetValueOrDefault(Key(u.ScanId!)) is not { IsFinal: true }))
            {
                try
                {
                    using var response = await (upload.AsTenant ? asTenant : anonymous).GetAsync($"/api/v1/scans/{upload.ScanId}");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        states[Key(upload.ScanId!)] = (await response.Content.ReadFromJsonAsync<ScanState>(ScanState.Json))!;
                    }
                }
                catch (HttpRequestException)
                {
                    // The API is on its way back; ask again.
                }
            }
            if (uploads.All(u => states.GetValueOrDefault(Key(u.ScanId!)) is { IsFinal: true }) || DateTime.UtcNow > deadline)
            {
                return states;
            }
            await Task.Delay(250);
        }
    }

    private async Task<(List<string> Problems, List<string> Notes)> AuditQueuesAsync(IReadOnlyDictionary<Guid, ScanState> ended)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        IReadOnlyList<Pipeline.Testing.QueueState> queues = [];
        var drained = await FaultSuite.Until(async () =>
        {
            queues = await stack.Rabbit.QueuesAsync(stack.VirtualHost);
            return queues.Where(q => !q.Name.EndsWith("_error", StringComparison.Ordinal)).All(q => q.Messages == 0);
        }, TimeSpan.FromSeconds(60), pollMs: 500);
        if (!drained)
        {
            problems.AddRange(queues.Where(q => !q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Messages > 0)
                .Select(q => $"queue {q.Name} still holds {q.Messages} messages"));
        }
        foreach (var queue in queues.Where(q => q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Messages > 0))
        {
            var messages = await stack.Rabbit.PeekAsync(stack.VirtualHost, queue.Name, (int)Math.Min(queue.Messages, 1000));
            var explained = 0;
            foreach (var message in messages)
            {
                var scanId = ScanIdOf(message);
                if (scanId is { } id && ended.TryGetValue(id, out var scan) && scan.IsFinal)
                {
                    explained++;
                }
                else
                {
                    problems.Add($"{queue.Name} holds a message for {(scanId is null ? "no scan" : $"scan {scanId:N}, which has not ended")}: {Shorten(message.GetProperty("payload").ToString())}");
                }
            }
            notes.Add($"{queue.Name}: {messages.Count} message(s), {explained} for scans that then ended");
            await stack.Rabbit.PurgeAsync(stack.VirtualHost, queue.Name);
        }
        return (problems, notes);
    }

    private async Task<(List<string> Problems, List<string> Notes)> AuditCallbacksAsync(IReadOnlyList<TrackedUpload> accepted, IReadOnlyDictionary<Guid, ScanState> ended)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var expected = accepted.Where(u => u.AsTenant && ended.GetValueOrDefault(Key(u.ScanId!)) is { IsFinal: true }).Select(u => Key(u.ScanId!)).ToHashSet();
        Dictionary<Guid, List<(string Id, string Type)>> byScan = [];
        await FaultSuite.Until(() =>
        {
            byScan = receiver.Received
                .Select(c => (c.WebhookId ?? "", Body: JsonDocument.Parse(c.Body).RootElement))
                .Select(c => (Scan: Key(c.Body.GetProperty("data").GetProperty("id").GetString()!), c.Item1, Type: c.Body.GetProperty("type").GetString()!))
                .Where(c => expected.Contains(c.Scan))
                .GroupBy(c => c.Scan)
                .ToDictionary(g => g.Key, g => g.Select(c => (c.Item2, c.Type)).ToList());
            return Task.FromResult(expected.All(byScan.ContainsKey));
        }, TimeSpan.FromSeconds(150), pollMs: 500);

        var repeats = 0;
        foreach (var scan in expected)
        {
            var status = ended[scan].Status;
            if (!byScan.TryGetValue(scan, out var deliveries))
            {
                problems.Add($"scan {scan:N} ended {status} and its callback never came");
                continue;
            }
            var events = deliveries.Select(d => d.Id).Distinct().Count();
            if (events != 1 || deliveries.Any(d => d.Type != $"scan.{status}"))
            {
                problems.Add($"scan {scan:N} ended {status} and called back {events} events: {string.Join(", ", deliveries.Select(d => d.Type))}");
            }
            repeats += deliveries.Count - 1;
        }
        notes.Add($"{expected.Count} callbacks, one event each" + (repeats > 0 ? $" ({repeats} delivered again with the same webhook-id)" : ""));
        return (problems, notes);
    }

    /// <summary>The scan a MassTransit envelope in an error queue is about.</summary>
    private static Guid? ScanIdOf(JsonElement message)
    {
        try
        {
            using var envelope = JsonDocument.Parse(message.GetProperty("payload").GetString()!);
            return envelope.RootElement.GetProperty("message").TryGetProperty("scanId", out var id) && Guid.TryParse(id.GetString(), out var scan) ? scan : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Guid Key(string id) => Guid.Parse(id);

    private static string Shorten(string? text) => text is null ? "" : text.Length > 300 ? text[..300] + "…" : text;
}

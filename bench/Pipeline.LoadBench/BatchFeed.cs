using System.Diagnostics;
using System.Net.Http.Headers;
using Pipeline.Testing;

namespace Pipeline.LoadBench;

/// <summary>One batch of the steady run: when it went in, how far it had got at each sample, when it ended.</summary>
public sealed class BatchRun(int number, string id, int total, double submittedAt)
{
    private readonly List<(double Seconds, int Ended)> _progress = [];

    public int Number { get; } = number;
    public string Id { get; } = id;
    public int Total { get; } = total;

    /// <summary>Seconds into the run (the clock the table's minutes are on).</summary>
    public double SubmittedAt { get; } = submittedAt;

    public double? FinishedAt { get; private set; }
    public BatchState? Last { get; private set; }

    public IReadOnlyList<(double Seconds, int Ended)> Progress { get { lock (_progress) { return [.. _progress]; } } }

    /// <summary>Scans of this batch ended (completed or failed) by <paramref name="seconds"/>.</summary>
    public int EndedBy(double seconds)
    {
        lock (_progress)
        {
            return _progress.LastOrDefault(p => p.Seconds <= seconds).Ended;
        }
    }

    internal void Record(double seconds, BatchState state)
    {
        lock (_progress)
        {
            _progress.Add((seconds, state.Completed + state.Failed));
        }
        Last = state;
        if (state.IsComplete && FinishedAt is null)
        {
            FinishedAt = seconds;
        }
    }
}

/// <summary>
/// A tenant's batches beside the single uploads: a ZIP of <c>size</c> resumes (text, and one in ten a PDF, each a
/// different person so none is a duplicate) after the first minute, then one every <c>every</c> minutes while the run
/// sends. Each is followed by polling <c>GET /api/v1/batches/{id}</c> at the sampler's pace.
/// </summary>
public sealed class BatchFeed(HttpClient asTenant, int size, int everyMinutes)
{
    private readonly List<BatchRun> _runs = [];
    private readonly BatchesClient _client = new(asTenant);

    public IReadOnlyList<BatchRun> Runs { get { lock (_runs) { return [.. _runs]; } } }

    public bool AllEnded => Runs.All(r => r.FinishedAt is not null);

    public static HttpClient TenantClient(Uri api, string apiKey)
    {
        var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return http;
    }

    /// <summary>A ZIP of <paramref name="size"/> different resumes named for batch <paramref name="number"/>.</summary>
    public static byte[] Zip(int number, int size)
    {
        var zip = new ZipBuilder();
        for (var i = 0; i < size; i++)
        {
            var name = $"Cohort {Letters(number)} Member {Letters(i)}";
            if (i % 10 == 5)
            {
                zip.Add($"cohort-{number}/member-{i}.pdf", ResumeFixtures.TextPdf(name));
            }
            else
            {
                zip.Add($"cohort-{number}/member-{i}.txt", ResumeFixtures.TextResume(name));
            }
        }
        return zip.Build();
    }

    /// <summary>Submits batches on schedule until <paramref name="stop"/>.</summary>
    public async Task RunAsync(Stopwatch clock, CancellationToken stop)
    {
        if (size <= 0)
        {
            return;
        }
        for (var number = 1; !stop.IsCancellationRequested; number++)
        {
            var due = TimeSpan.FromMinutes(1 + (number - 1) * everyMinutes) - clock.Elapsed;
            try
            {
                await Task.Delay(due > TimeSpan.Zero ? due : TimeSpan.Zero, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var zip = Zip(number, size);
            var submitted = clock.Elapsed.TotalSeconds;
            var state = await _client.SubmitAcceptedAsync(zip, cancellationToken: CancellationToken.None);
            var run = new BatchRun(number, state.Id, state.Total, submitted);
            run.Record(clock.Elapsed.TotalSeconds, state);
            lock (_runs)
            {
                _runs.Add(run);
            }
            Console.WriteLine($"batch {number}: {state.Total} resumes submitted at {TimeSpan.FromSeconds(submitted):m\\:ss}");
            if (everyMinutes <= 0)
            {
                return;
            }
        }
    }

    /// <summary>Reads every unfinished batch's counts once.</summary>
    public async Task PollAsync(Stopwatch clock)
    {
        foreach (var run in Runs.Where(r => r.FinishedAt is null))
        {
            try
            {
                run.Record(clock.Elapsed.TotalSeconds, await _client.GetAsync(run.Id));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
        }
    }

    /// <summary>0 → "A", 27 → "BB": names made of letters, as a parser expects a person's name to be.</summary>
    private static string Letters(int value)
    {
        var text = "";
        do
        {
            text = (char)('A' + value % 26) + text;
            value /= 26;
        }
        while (value > 0);
        return text;
    }
}

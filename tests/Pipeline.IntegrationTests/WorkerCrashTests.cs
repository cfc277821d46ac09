using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>A worker killed with SIGKILL in the middle of its queue: its unacknowledged messages come back, and no scan is lost or finished twice.</summary>
public sealed class WorkerCrashTests
{
    private const int Resumes = 24;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_render_worker_killed_mid_work_and_restarted_completes_every_scan_exactly_once()
    {
        // Every worker has run once, so every stage queue exists (durable) and keeps what is published while its worker is away.
        await using var stack = await DistributedStack.StartAsync();
        await stack.Service("Workers.Render").StopAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, stack.Service("Workers.Render").ExitCode);
        var scans = new ScansClient(stack.CreateApiClient());

        // With the render worker stopped, every scan waits in the render queue.
        var ids = new List<string>();
        for (var i = 0; i < Resumes; i++)
        {
            ids.Add((await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume($"Crash Candidate {i}"), $"crash-{i}.txt")).Id);
        }
        await WaitUntilAsync(async () => (await Task.WhenAll(ids.Select(id => scans.GetAsync(id)))).All(s => s.Status == "scored"), "every scan scored");

        var render = await stack.StartServiceAsync("Workers.Render");
        await WaitUntilAsync(async () => (await Task.WhenAll(ids.Select(id => scans.GetAsync(id)))).Any(s => s.Status == "completed"), "a first scan rendered", pollMs: 20);
        render.KillHard();

        var completedAtKill = (await Task.WhenAll(ids.Select(id => scans.GetAsync(id)))).Count(s => s.Status == "completed");
        Assert.True(completedAtKill < Resumes, "the worker finished everything before it was killed; the test proved nothing");
        // The broker's queue figures lag a few seconds behind; with no render worker running they can only grow.
        await WaitUntilAsync(async () => await stack.Rabbit.MessagesAsync(stack.VirtualHost, "resume-render") > 0, "the killed worker's messages back in the queue");

        await stack.StartServiceAsync("Workers.Render");
        var ended = await scans.WaitForAllAsync(ids, Patience);

        Assert.All(ended, s => Assert.True(s.Status == "completed", $"{s.Id} ended {s.Status}: {s.Failure}"));
        Assert.Empty(scans.Regressions());
        var moves = stack.StatusMoves("Completed");
        Assert.All(ids, id => Assert.Equal(1, moves.GetValueOrDefault(id)));
        Assert.Equal(0, await stack.Rabbit.MessagesAsync(stack.VirtualHost, "resume-render_error"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int pollMs = 200)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds:0} s for {what}.");
            }
            await Task.Delay(pollMs);
        }
    }
}

using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>
/// A broker that has never seen the pipeline (a fresh virtual host): whichever service starts first declares every
/// stage queue, so nothing published before a stage's first worker starts is dropped.
/// </summary>
public sealed class FreshBrokerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly string[] StageQueues = ["resume-parse", "resume-score", "resume-render"];

    [Fact]
    public async Task Uploads_made_before_any_worker_ever_started_wait_in_their_queue_and_complete_when_the_workers_come()
    {
        await using var stack = await DistributedStack.StartAsync(workers: []);
        var scans = new ScansClient(stack.CreateApiClient());

        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            ids.Add((await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume($"Early Candidate {i}"), $"early-{i}.txt")).Id);
        }

        // Ingest.Api reports the depth of the queue the uploads wait in, and that nobody consumes it yet.
        var metrics = await WaitForAsync(() => stack.MetricsAsync("Ingest.Api"), m => Depth(m, "resume-parse") == 2, "two messages in resume-parse on /metrics");
        Assert.Equal(0, metrics.Sum("pipeline_queue_consumers", Queue("resume-parse")));
        Assert.Equal(0, Depth(metrics, "resume-score"));
        Assert.All(await Task.WhenAll(ids.Select(id => scans.GetAsync(id))), s => Assert.Equal("accepted", s.Status));

        await Task.WhenAll(DistributedStack.Workers.Select(w => stack.StartServiceAsync(w)));
        var ended = await scans.WaitForAllAsync(ids, Patience);

        Assert.All(ended, s => Assert.True(s.Status == "completed", $"{s.Id} ended {s.Status}: {s.Failure}"));
        var after = await WaitForAsync(() => stack.MetricsAsync("Ingest.Api"), m => Depth(m, "resume-parse") == 0, "resume-parse drained on /metrics");
        Assert.Equal(1, after.Sum("pipeline_queue_consumers", Queue("resume-parse")));
        // A worker reports the queues too (it has its own connection to the broker).
        var worker = await WaitForAsync(() => stack.MetricsAsync("Workers.Render"), m => m.Sum("pipeline_queue_consumers", Queue("resume-render")) == 1, "the render worker's queue figures");
        Assert.Equal(0, Depth(worker, "resume-render"));
    }

    [Fact]
    public async Task A_worker_started_alone_declares_the_stage_queues_it_publishes_to()
    {
        await using var stack = await DistributedStack.StartAsync(workers: ["Workers.Parse"], withApi: false);

        foreach (var queue in StageQueues)
        {
            Assert.True(await stack.Rabbit.QueueExistsAsync(stack.VirtualHost, queue), $"{queue} was not declared");
        }
    }

    private static double? Depth(IReadOnlyList<MetricSample> metrics, string queue) => metrics.Sum("pipeline_queue_messages", Queue(queue));

    private static Dictionary<string, string> Queue(string name) => new() { ["messaging_destination_name"] = name };

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> ready, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (ready(value))
            {
                return value;
            }
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds:0} s for {what}.");
            }
            await Task.Delay(250);
        }
    }
}

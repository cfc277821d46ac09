using System.Diagnostics;
using Pipeline.Testing;
using Resume.Fixtures;

namespace Pipeline.IntegrationTests;

/// <summary>
/// A message whose processing kills its worker, on the real broker: delivered a bounded number of times, then its scan
/// fails once with a reason, the queue drains, and every other scan completes. First with the parse worker parsing
/// in its own process (as before the parser processes) so the looping PDF really kills it; then as shipped, where only
/// a parser process dies and the worker never does. The structure guard, which would refuse the loop before the reader
/// sees it, is off in both: this is what happens to a file the guards miss.
/// </summary>
public sealed class PoisonMessageTests
{
    private const int DeliveryLimit = 2;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task A_pdf_that_kills_the_parse_worker_fails_its_scan_once_after_the_delivery_limit_and_the_rest_complete()
    {
        await using var stack = await DistributedStack.StartAsync(Settings(isolation: "None"));
        var scans = new ScansClient(stack.CreateApiClient());
        var parse = stack.Service("Workers.Parse");

        var (looping, good) = await SubmitAsync(scans);
        var deaths = 0;
        var clock = Stopwatch.StartNew();
        while ((await scans.GetAsync(looping)).Status is not ("failed" or "completed"))
        {
            Assert.True(clock.Elapsed < Patience, $"the looping scan did not end; the parse worker died {deaths} times");
            if (parse.HasExited)
            {
                // As a container's restart policy would: the worker comes back, and the broker delivers the message again.
                Assert.NotEqual(0, parse.ExitCode);
                deaths++;
                try
                {
                    parse = await stack.StartServiceAsync("Workers.Parse");
                }
                catch (InvalidOperationException)
                {
                    // The broker hands the message back at once, so the new worker can die before it reports ready:
                    // that is the next death, and the loop counts it.
                    parse = stack.Service("Workers.Parse");
                }
            }
            await Task.Delay(200);
        }

        var failed = await scans.GetAsync(looping);
        Assert.Equal(("failed", "parse", "corrupt"), (failed.Status, failed.Failure!.Stage, failed.Failure.Code));
        Assert.Contains($"stopped the parse worker {DeliveryLimit} times", failed.Failure.Message);
        Assert.Equal(DeliveryLimit, deaths);
        await AssertTheRestCompleteAndTheQueueDrainsAsync(stack, scans, looping, good);
    }

    [Fact]
    public async Task With_parser_processes_the_same_pdf_costs_one_of_them_and_the_worker_lives_on()
    {
        await using var stack = await DistributedStack.StartAsync(Settings(isolation: "Process"));
        var scans = new ScansClient(stack.CreateApiClient());
        var parse = stack.Service("Workers.Parse");

        var (looping, good) = await SubmitAsync(scans);
        var failed = await scans.WaitForEndAsync(looping, Patience);

        Assert.Equal(("failed", "parse", "corrupt"), (failed.Status, failed.Failure!.Stage, failed.Failure.Code));
        Assert.Contains("round in circles", failed.Failure.Message);
        await AssertTheRestCompleteAndTheQueueDrainsAsync(stack, scans, looping, good);
        Assert.False(parse.HasExited, "the parse worker died");
        Assert.Same(parse, stack.Service("Workers.Parse"));
    }

    [Fact]
    public async Task Every_stage_queue_is_a_quorum_queue_with_the_delivery_limit_and_a_dead_letter_queue()
    {
        await using var stack = await DistributedStack.StartAsync(Settings(isolation: "Process"), workers: []);
        foreach (var queue in new[] { "resume-parse", "resume-score", "resume-render" })
        {
            var declared = await stack.Rabbit.QueueAsync(stack.VirtualHost, queue);
            Assert.NotNull(declared);
            Assert.Equal("quorum", declared.Value.Type);
            Assert.Equal(DeliveryLimit.ToString(), declared.Value.Arguments["x-delivery-limit"]);
            Assert.Equal($"{queue}_error", declared.Value.Arguments["x-dead-letter-exchange"]);
            Assert.True(await stack.Rabbit.QueueExistsAsync(stack.VirtualHost, $"{queue}_error"), $"{queue}_error is not declared");
        }
    }

    private static Dictionary<string, string> Settings(string isolation) => new()
    {
        ["Parsing__Isolation"] = isolation,
        ["Parsing__CheckStructure"] = "false",
        ["Pipeline__DeliveryLimit"] = DeliveryLimit.ToString(),
        // One file at a time: what a dying worker holds is the file that kills it, nothing beside it.
        ["Pipeline__StageConcurrency"] = "1",
    };

    private static async Task<(string Looping, List<string> Good)> SubmitAsync(ScansClient scans)
    {
        var good = new List<string>
        {
            (await scans.SubmitAcceptedAsync(PdfResume.SingleColumn(People.Backend), "before.pdf")).Id,
        };
        var looping = (await scans.SubmitAcceptedAsync(HostilePdfs.LoopingReferences(), "looping.pdf")).Id;
        for (var i = 0; i < 4; i++)
        {
            good.Add((await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume($"After Candidate {i}"), $"after-{i}.txt")).Id);
        }
        return (looping, good);
    }

    private static async Task AssertTheRestCompleteAndTheQueueDrainsAsync(DistributedStack stack, ScansClient scans, string looping, List<string> good)
    {
        var ended = await scans.WaitForAllAsync(good, Patience);
        Assert.All(ended, s => Assert.True(s.Status == "completed", $"{s.Id} ended {s.Status}: {s.Failure}"));
        Assert.Equal(1, stack.StatusMoves("Failed").GetValueOrDefault(looping));
        Assert.Empty(scans.Regressions());
        // The broker's figures lag a few seconds behind.
        var clock = Stopwatch.StartNew();
        while (await stack.Rabbit.MessagesAsync(stack.VirtualHost, "resume-parse") > 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(500);
        }
        Assert.Equal(0, await stack.Rabbit.MessagesAsync(stack.VirtualHost, "resume-parse"));
        Assert.Equal(0, await stack.Rabbit.MessagesAsync(stack.VirtualHost, "resume-parse_error"));
        // The message given up is settled, not parked: MassTransit moves a message no consumer took to _skipped, for good.
        Assert.Equal(0, await stack.Rabbit.MessagesAsync(stack.VirtualHost, "resume-parse_skipped"));
    }
}

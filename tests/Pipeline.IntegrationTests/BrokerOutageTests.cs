using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>
/// RabbitMQ stopped while uploads keep coming, then started again: every accepted upload is announced from the outbox
/// and completes. Stops the shared broker, so it runs alone at the end (test.sh's Disruptive pass).
/// </summary>
[Trait("Category", "Disruptive")]
public sealed class BrokerOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task Uploads_accepted_while_the_broker_is_down_all_complete_once_it_is_back()
    {
        // Short back-off so the outbox notices the broker's return within seconds.
        await using var stack = await DistributedStack.StartAsync(new Dictionary<string, string> { ["Outbox__MaxBackoff"] = "00:00:03" });
        var scans = new ScansClient(stack.CreateApiClient());
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume($"Before Outage {i}"), $"before-{i}.txt")).Id);
        }

        try
        {
            await Services("down");
            for (var i = 0; i < 5; i++)
            {
                ids.Add((await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume($"During Outage {i}"), $"during-{i}.txt")).Id);
            }
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await Services("up");
        }

        var ended = await scans.WaitForAllAsync(ids, Patience);

        Assert.All(ended, s => Assert.True(s.Status == "completed", $"{s.Id} ended {s.Status}: {s.Failure}"));
        Assert.Empty(scans.Regressions());
        var moves = stack.StatusMoves("Completed");
        Assert.All(ids, id => Assert.Equal(1, moves.GetValueOrDefault(id)));
    }

    private static async Task Services(string verb)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "scripts", "services.sh"), verb, "rabbitmq"]) { UseShellExecute = false };
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}

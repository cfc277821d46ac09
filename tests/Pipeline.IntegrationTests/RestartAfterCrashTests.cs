using System.Diagnostics;
using Npgsql;
using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>
/// An API killed while Hangfire held its recurring jobs' locks leaves those locks in the database for minutes. Started
/// again, it must come up at once and register its jobs when the locks are gone, not die in start-up.
/// </summary>
public sealed class RestartAfterCrashTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_API_started_while_a_dead_instance_holds_every_recurring_job_lock_serves_and_registers_its_jobs_once_the_locks_go()
    {
        await using var stack = await DistributedStack.StartAsync(workers: []);
        stack.Api.KillHard();

        await using var database = new NpgsqlConnection(stack.Environment["ConnectionStrings__Pipeline"]);
        await database.OpenAsync();
        var jobs = await RecurringJobIdsAsync(database);
        Assert.True(jobs.Count >= 5, $"only {jobs.Count} recurring jobs were registered: {string.Join(", ", jobs)}");
        foreach (var job in jobs)
        {
            await using var hold = new NpgsqlCommand("INSERT INTO hangfire.lock (resource, updatecount, acquired) VALUES (@resource, 0, now() AT TIME ZONE 'UTC')", database);
            hold.Parameters.AddWithValue("resource", $"hangfire:lock:recurring-job:{job}");
            await hold.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await stack.StartServiceAsync("Ingest.Api");
        var startSeconds = clock.Elapsed.TotalSeconds;
        var scans = new ScansClient(stack.CreateApiClient());
        var scan = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Restarted Candidate"), "restarted.txt");
        Assert.Equal("accepted", (await scans.GetAsync(scan.Id)).Status);

        // The held locks did bite: registering waited on them and was put off.
        await WaitUntilAsync(() => Registrars(stack, "could not register").Count >= 5, "every registrar to meet a held lock");
        Assert.True(startSeconds < 60, $"the start waited {startSeconds:0} s on locks");

        await using (var release = new NpgsqlCommand("DELETE FROM hangfire.lock WHERE resource LIKE 'hangfire:lock:recurring-job:%'", database))
        {
            await release.ExecuteNonQueryAsync();
        }
        await WaitUntilAsync(() => Registrars(stack, "registered its recurring jobs").SetEquals(Registrars(stack, "could not register")), "every put-off registrar to register");
        Assert.Equal(jobs.Order(), (await RecurringJobIdsAsync(database)).Order());
        Assert.False(stack.Api.HasExited);
    }

    private static async Task<List<string>> RecurringJobIdsAsync(NpgsqlConnection database)
    {
        await using var read = new NpgsqlCommand("SELECT value FROM hangfire.set WHERE key = 'recurring-jobs'", database);
        await using var rows = await read.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await rows.ReadAsync())
        {
            ids.Add(rows.GetString(0));
        }
        return ids;
    }

    /// <summary>The registrars whose log lines after the restart contain <paramref name="message"/>.</summary>
    private static HashSet<string> Registrars(DistributedStack stack, string message) =>
        [.. stack.EveryProcess.Where(p => p.Name == "Ingest.Api").Skip(1).SelectMany(p => p.Output)
            .Where(line => line.Contains(message, StringComparison.Ordinal))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Select(e => e.GetProperty("State").GetProperty("Registrar").GetString()!)];

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds:0} s for {what}.");
            }
            await Task.Delay(200);
        }
    }
}

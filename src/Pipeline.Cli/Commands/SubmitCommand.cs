using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using Pipeline.Cli.Inputs;
using Pipeline.Cli.Submit;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>submit INPUT…|ZIP --api URL --key KEY [--role ROLE|auto] [--job POSTING.txt] [--wait] [--out DIR]</c>: sends the
/// resumes to a running API as one batch (a ZIP as it is, anything else zipped while it is sent), then with
/// <c>--wait</c> follows it to its end and with <c>--out</c> downloads its results.
/// </summary>
public static class SubmitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Resume files or folders (searched recursively for .pdf, .docx, .txt and .md), or one ZIP of resumes.",
            Arity = ArgumentArity.OneOrMore,
        };
        var api = new Option<string>("--api") { Description = "The API's address, e.g. http://localhost:5000.", Required = true };
        var key = new Option<string>("--key") { Description = "The tenant's API key (rpk_…).", Required = true };
        var role = new Option<string>("--role") { Description = "The role guide to score against (the API's default when left out)." };
        var job = new Option<FileInfo>("--job") { Description = "A job posting as a text file: the summary then names the skills most often missing." };
        var wait = new Option<bool>("--wait") { Description = "Follow the batch to its end with a progress bar, then print its summary." };
        var output = CommonOptions.Output("Download results.csv, summary.json, summary.pdf and every report into this folder (implies --wait).");
        var command = new Command("submit", "Send resumes to a running API as one batch; follow it and download its results.")
        {
            inputs, api, key, role, job, wait, output,
        };
        command.SetAction((result, ct) => RunAsync(
            new SubmitRequest(result.GetRequiredValue(inputs), result.GetRequiredValue(api), result.GetRequiredValue(key), result.GetValue(role),
                result.GetValue(job), result.GetValue(wait) || result.GetValue(output) is not null, result.GetValue(output)),
            stdout, stderr, ct));
        return command;
    }

    private static async Task<int> RunAsync(SubmitRequest request, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!Uri.TryCreate(request.Api, UriKind.Absolute, out var apiAddress) || apiAddress.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--api {request.Api}: give the API's http or https address, e.g. http://localhost:5000.");
        }
        var zipPath = request.Inputs is [var only] && File.Exists(only) && IsZip(only) ? only : null;
        var files = zipPath is null ? InputSet.Expand(request.Inputs) : [];
        if (zipPath is null)
        {
            if (files.Count == 0)
            {
                throw new UsageException("No resumes found in the inputs (.pdf, .docx, .txt or .md).");
            }
            InputSet.RequireDistinctOutputs(files);
        }
        var posting = request.Job is null ? null : await ScoreCommand.ReadPostingAsync(request.Job, ct);

        using var http = new HttpClient
        {
            BaseAddress = new Uri(apiAddress.AbsoluteUri.TrimEnd('/') + "/"),
            // Uploads and report archives can be large; the events stream stays open for the whole batch.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", request.Key);
        var client = new BatchApiClient(http);
        var console = BatchConsole.For(stdout);
        try
        {
            var batch = await client.SubmitAsync(files, zipPath, request.Role, posting, ct);
            console.Accepted(batch, new Uri(http.BaseAddress, $"api/v1/batches/{batch.Id}"));
            var refused = batch.Entries?.Where(e => e.Status == "refused").ToList() ?? [];
            foreach (var entry in refused)
            {
                await stderr.WriteLineAsync($"{entry.Name}: upload failed ({entry.Code}): {entry.Message}");
            }
            if (!request.Wait)
            {
                return refused.Count == 0 ? CliApp.Ok : CliApp.SomeFailed;
            }

            var ended = await console.FollowAsync(batch, client.FollowAsync(batch.Id, TimeSpan.FromSeconds(2), ct), ct);
            var summary = await client.SummaryAsync(batch.Id, ct);
            if (request.Output is { } outDir)
            {
                await BatchDownloads.SaveAsync(client, batch.Id, outDir.FullName, ct);
            }
            console.Summary(ended, summary, request.Output?.FullName);
            var failures = await FailuresAsync(client, batch.Id, ct);
            foreach (var failure in failures)
            {
                await stderr.WriteLineAsync(failure);
            }
            return refused.Count == 0 && failures.Count == 0 ? CliApp.Ok : CliApp.SomeFailed;
        }
        catch (ApiProblem problem)
        {
            await stderr.WriteLineAsync(problem.Message);
            // A key the API does not know is a mistake in the command; anything else is the batch failing.
            return problem.Status == HttpStatusCode.Unauthorized ? CliApp.BadUsage : CliApp.SomeFailed;
        }
        catch (HttpRequestException e)
        {
            await stderr.WriteLineAsync($"Could not reach the API at {request.Api}: {e.Message}");
            return CliApp.SomeFailed;
        }
    }

    /// <summary>One line per scan that failed: file, stage, reason (from results.csv, which names the files).</summary>
    private static async Task<List<string>> FailuresAsync(BatchApiClient client, string batchId, CancellationToken ct)
    {
        var path = Path.GetTempFileName();
        try
        {
            await client.DownloadAsync(batchId, "results.csv", path, ct);
            var lines = new List<string>();
            var table = ResultsTable.Read(await File.ReadAllTextAsync(path, ct));
            foreach (var row in table.Where(r => r["Status"] == "failed"))
            {
                var reason = row["Failure reason"];
                var colon = reason.IndexOf(": ", StringComparison.Ordinal);
                lines.Add(colon > 0 ? $"{row["File"]}: scan failed ({reason[..colon]}): {reason[(colon + 2)..]}" : $"{row["File"]}: scan failed: {reason}");
            }
            return lines;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool IsZip(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return file.Read(head) == 4 && head.SequenceEqual("PK\x03\x04"u8) && !path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
    }

    private sealed record SubmitRequest(string[] Inputs, string Api, string Key, string? Role, FileInfo? Job, bool Wait, DirectoryInfo? Output);
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using Pipeline.Cli.Inputs;
using Resume.Model;

namespace Pipeline.Cli.Submit;

/// <summary>The batch routes of a running API, called with a tenant's key.</summary>
public sealed class BatchApiClient(HttpClient http)
{
    private const int MaxReconnects = 5;

    /// <summary>A ZIP given on the command line goes as it is; any other inputs are zipped while they are sent.</summary>
    public async Task<BatchStatus> SubmitAsync(
        IReadOnlyList<InputFile> files, string? zipPath, string? role, string? jobDescription, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        if (zipPath is not null)
        {
            var archive = new StreamContent(new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous));
            archive.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            form.Add(archive, "file", Path.GetFileName(zipPath));
        }
        else
        {
            form.Add(new ZipUploadContent(files), "file", "resumes.zip");
        }
        if (role is not null)
        {
            form.Add(new StringContent(role), "role");
        }
        if (jobDescription is not null)
        {
            form.Add(new StringContent(jobDescription), "jobDescription");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/batches") { Content = form };
        // A retry by hand after a lost answer must not make a second batch: each run of the command is one key.
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw await ApiProblem.ReadAsync(response, cancellationToken);
        }
        return (await response.Content.ReadFromJsonAsync<BatchStatus>(BatchStatus.Json, cancellationToken))!;
    }

    public async Task<BatchStatus> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/v1/batches/{id}", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblem.ReadAsync(response, cancellationToken);
        }
        return (await response.Content.ReadFromJsonAsync<BatchStatus>(BatchStatus.Json, cancellationToken))!;
    }

    /// <summary>
    /// The batch as its events stream reports it, until it is complete. A dropped stream is opened again with the last
    /// event's id (the server then sends only what was missed); one that keeps failing gives way to polling.
    /// </summary>
    public async IAsyncEnumerable<BatchStatus> FollowAsync(string id, TimeSpan pollInterval, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? lastId = null;
        for (var failures = 0; failures <= MaxReconnects; failures++)
        {
            await using (var stream = ReadEventsAsync(id, lastId, cancellationToken).GetAsyncEnumerator(cancellationToken))
            {
                while (await NextAsync(stream) is { } next)
                {
                    (failures, lastId) = (0, next.Id ?? lastId);
                    yield return next.Status;
                    if (next.Status.IsComplete)
                    {
                        yield break;
                    }
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(failures + 1, 5)), cancellationToken);
        }
        while (true)
        {
            var status = await GetAsync(id, cancellationToken);
            yield return status;
            if (status.IsComplete)
            {
                yield break;
            }
            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    /// <summary>The next event, or null when the stream ended or broke.</summary>
    private static async Task<(string? Id, BatchStatus Status)?> NextAsync(IAsyncEnumerator<(string? Id, BatchStatus Status)> stream)
    {
        try
        {
            return await stream.MoveNextAsync() ? stream.Current : null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return null;
        }
    }

    /// <summary>Saves a result route's answer to <paramref name="path"/>, streamed.</summary>
    public async Task DownloadAsync(string id, string route, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/v1/batches/{id}/{route}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblem.ReadAsync(response, cancellationToken);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await response.Content.CopyToAsync(file, cancellationToken);
    }

    public async Task<BatchSummary> SummaryAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/v1/batches/{id}/summary.json", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblem.ReadAsync(response, cancellationToken);
        }
        return (await response.Content.ReadFromJsonAsync<BatchSummary>(BatchStatus.Json, cancellationToken))!;
    }

    private async IAsyncEnumerable<(string? Id, BatchStatus Status)> ReadEventsAsync(
        string id, string? lastId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/batches/{id}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastId);
        }
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiProblem.ReadAsync(response, cancellationToken);
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(body, Encoding.UTF8);
        string? eventId = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0 && System.Text.Json.JsonSerializer.Deserialize<BatchStatus>(data.ToString(), BatchStatus.Json) is { } status)
                {
                    yield return (eventId, status);
                }
                (eventId, _) = (null, data.Clear());
                continue;
            }
            if (line.StartsWith("id:", StringComparison.Ordinal))
            {
                eventId = line[3..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line[5..].TrimStart());
            }
        }
    }
}

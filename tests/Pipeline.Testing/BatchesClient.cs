using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Pipeline.Testing;

/// <summary>The batch routes as a tenant uses them.</summary>
public sealed class BatchesClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>One ZIP as <c>file</c>, with the optional fields.</summary>
    public Task<HttpResponseMessage> SubmitZipAsync(
        byte[] zip, string fileName = "resumes.zip", IReadOnlyDictionary<string, string>? fields = null, string? idempotencyKey = null,
        CancellationToken cancellationToken = default) =>
        SendAsync(form => form.Add(Binary(zip), "file", fileName), fields, idempotencyKey, cancellationToken);

    /// <summary>Several resumes as repeated <c>files</c> fields.</summary>
    public Task<HttpResponseMessage> SubmitFilesAsync(
        IEnumerable<(string Name, byte[] Content)> files, IReadOnlyDictionary<string, string>? fields = null, string? idempotencyKey = null,
        CancellationToken cancellationToken = default) =>
        SendAsync(form =>
        {
            foreach (var (name, content) in files)
            {
                form.Add(Binary(content), "files", name);
            }
        }, fields, idempotencyKey, cancellationToken);

    /// <summary>Submits a ZIP and expects 202; returns the new batch.</summary>
    public async Task<BatchState> SubmitAcceptedAsync(byte[] zip, IReadOnlyDictionary<string, string>? fields = null, CancellationToken cancellationToken = default)
    {
        using var response = await SubmitZipAsync(zip, fields: fields, cancellationToken: cancellationToken);
        return await AcceptedAsync(response, cancellationToken);
    }

    public static async Task<BatchState> AcceptedAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Batch upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        return (await response.Content.ReadFromJsonAsync<BatchState>(BatchState.Json, cancellationToken))!;
    }

    public async Task<BatchState> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await http.GetFromJsonAsync<BatchState>($"/api/v1/batches/{id}", BatchState.Json, cancellationToken))!;

    /// <summary>Polls until the batch is complete.</summary>
    public async Task<BatchState> WaitForEndAsync(string id, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var state = await GetAsync(id, cancellationToken);
            if (state.IsComplete)
            {
                return state;
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Batch {id} is still {state.Status} after {timeout.TotalSeconds:0} s: {state.Completed + state.Failed} of {state.Total} ended.");
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>The server-sent events of a batch as they come, until the stream ends; <paramref name="lastEventId"/> resumes.</summary>
    public async IAsyncEnumerable<ServerSentEvent> EventsAsync(
        string id, string? lastEventId = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/batches/{id}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(body, Encoding.UTF8);
        string? type = null, eventId = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    yield return new ServerSentEvent(type ?? "message", eventId, data.ToString());
                }
                (type, eventId) = (null, null);
                data.Clear();
                continue;
            }
            var colon = line.IndexOf(':');
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "event":
                    type = value;
                    break;
                case "id":
                    eventId = value;
                    break;
                case "data":
                    data.Append(data.Length > 0 ? "\n" : "").Append(value);
                    break;
            }
        }
    }

    public async Task<HttpResponseMessage> SendAsync(Action<MultipartFormDataContent> files, IReadOnlyDictionary<string, string>? fields, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        files(form);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/batches") { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await http.SendAsync(request, cancellationToken);
    }

    private static ByteArrayContent Binary(byte[] content)
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return part;
    }
}

/// <summary>One server-sent event: its type, id and data.</summary>
public sealed record ServerSentEvent(string Type, string? Id, string Data);

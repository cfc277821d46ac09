using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Pipeline.Testing;

/// <summary>The scan routes as a caller uses them; remembers every status it saw per scan, to check none went backwards.</summary>
public sealed class ScansClient(HttpClient http)
{
    private readonly Dictionary<string, List<string>> _seen = new();
    private readonly Lock _gate = new();

    public HttpClient Http => http;

    public async Task<HttpResponseMessage> SubmitAsync(
        byte[] file, string fileName = "resume.txt", string? role = null, string? jobDescription = null,
        string? idempotencyKey = null, string? callbackUrl = null, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        if (role is not null)
        {
            form.Add(new StringContent(role), "role");
        }
        if (jobDescription is not null)
        {
            form.Add(new StringContent(jobDescription), "jobDescription");
        }
        if (callbackUrl is not null)
        {
            form.Add(new StringContent(callbackUrl), "callbackUrl");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scans") { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>Submits and expects 202; returns the new scan.</summary>
    public async Task<ScanState> SubmitAcceptedAsync(byte[] file, string fileName = "resume.txt", string? jobDescription = null, CancellationToken cancellationToken = default)
    {
        using var response = await SubmitAsync(file, fileName, jobDescription: jobDescription, cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        return Remember((await response.Content.ReadFromJsonAsync<ScanState>(ScanState.Json, cancellationToken))!);
    }

    public async Task<ScanState> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var state = await http.GetFromJsonAsync<ScanState>($"/api/v1/scans/{id}", ScanState.Json, cancellationToken);
        return Remember(state!);
    }

    /// <summary>Polls until the scan is completed or failed.</summary>
    public async Task<ScanState> WaitForEndAsync(string id, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var state = await GetAsync(id, cancellationToken);
            if (state.IsFinal)
            {
                return state;
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Scan {id} is still {state.Status} after {timeout.TotalSeconds:0} s.");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ScanState>> WaitForAllAsync(IEnumerable<string> ids, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var pending = ids.ToList();
        var done = new Dictionary<string, ScanState>();
        while (pending.Count > 0)
        {
            foreach (var id in pending.ToList())
            {
                var state = await GetAsync(id, cancellationToken);
                if (state.IsFinal)
                {
                    done[id] = state;
                    pending.Remove(id);
                }
            }
            if (pending.Count > 0)
            {
                if (clock.Elapsed > timeout)
                {
                    var states = await Task.WhenAll(pending.Take(5).Select(id => GetAsync(id, cancellationToken)));
                    throw new TimeoutException($"{pending.Count} scans unfinished after {timeout.TotalSeconds:0} s, e.g. {string.Join(", ", states.Select(s => $"{s.Id}={s.Status}"))}.");
                }
                await Task.Delay(200, cancellationToken);
            }
        }
        return [.. done.Values];
    }

    /// <summary>Every status seen for the scan, in the order seen.</summary>
    public IReadOnlyList<string> SeenStatuses(string id)
    {
        lock (_gate)
        {
            return _seen.TryGetValue(id, out var list) ? [.. list] : [];
        }
    }

    /// <summary>Scans whose seen statuses ever moved backwards.</summary>
    public IReadOnlyList<string> Regressions()
    {
        lock (_gate)
        {
            return _seen.Where(p => p.Value.Zip(p.Value.Skip(1)).Any(t => ScanState.Rank(t.Second) < ScanState.Rank(t.First)) ||
                                    p.Value.Where(s => ScanState.Rank(s) == 3).Distinct().Count() > 1)
                .Select(p => $"{p.Key}: {string.Join(" → ", p.Value)}").ToList();
        }
    }

    private ScanState Remember(ScanState state)
    {
        lock (_gate)
        {
            if (!_seen.TryGetValue(state.Id, out var list))
            {
                _seen[state.Id] = list = [];
            }
            if (list.Count == 0 || list[^1] != state.Status)
            {
                list.Add(state.Status);
            }
        }
        return state;
    }
}

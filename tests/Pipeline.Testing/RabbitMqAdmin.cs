using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pipeline.Testing;

/// <summary>RabbitMQ's management API on loopback (the shared broker's by default): a virtual host per test run, and queue depths.</summary>
public sealed class RabbitMqAdmin(Uri managementUrl) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = managementUrl,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray())) },
        Timeout = TimeSpan.FromSeconds(30),
    };

    public RabbitMqAdmin() : this(SharedManagement)
    {
    }

    /// <summary>The shared broker's management API, or another's (a private one, for a measurement) with RABBITMQ_MANAGEMENT_URL.</summary>
    public static Uri SharedManagement { get; } =
        new(Environment.GetEnvironmentVariable("RABBITMQ_MANAGEMENT_URL") is { Length: > 0 } url ? url : "http://127.0.0.1:15672/");

    public async Task CreateVirtualHostAsync(string name)
    {
        (await _http.PutAsync($"api/vhosts/{Uri.EscapeDataString(name)}", null)).EnsureSuccessStatusCode();
        var permissions = JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" });
        (await _http.PutAsync($"api/permissions/{Uri.EscapeDataString(name)}/guest", permissions)).EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string name)
    {
        using var response = await _http.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
    }

    /// <summary>Messages in a queue (ready and unacknowledged), or 0 when there is no such queue.</summary>
    public async Task<long> MessagesAsync(string virtualHost, string queue)
    {
        using var response = await _http.GetAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return 0;
        }
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0;
    }

    /// <summary>Whether the virtual host has a queue of that name (declared by someone, consumed or not).</summary>
    public async Task<bool> QueueExistsAsync(string virtualHost, string queue)
    {
        using var response = await _http.GetAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>A queue's type (<c>quorum</c>, <c>classic</c>) and its declared arguments, or null when there is no such queue.</summary>
    public async Task<(string Type, IReadOnlyDictionary<string, string> Arguments)?> QueueAsync(string virtualHost, string queue)
    {
        using var response = await _http.GetAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var arguments = json.RootElement.GetProperty("arguments").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
        return (json.RootElement.GetProperty("type").GetString()!, arguments);
    }

    /// <summary>Every queue of the virtual host with its messages (ready and unacknowledged).</summary>
    public async Task<IReadOnlyList<QueueState>> QueuesAsync(string virtualHost)
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name,messages,messages_ready,messages_unacknowledged,consumers"));
        return [.. json.RootElement.EnumerateArray().Select(q => new QueueState(
            q.GetProperty("name").GetString()!,
            Number(q, "messages"), Number(q, "messages_ready"), Number(q, "messages_unacknowledged"), Number(q, "consumers")))];
    }

    /// <summary>Up to <paramref name="count"/> messages of a queue, put back as they were (for explaining what sits in an error queue).</summary>
    public async Task<IReadOnlyList<JsonElement>> PeekAsync(string virtualHost, string queue, int count)
    {
        var request = JsonContent.Create(new { count, ackmode = "ack_requeue_true", encoding = "auto", truncate = 100_000 });
        using var response = await _http.PostAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/get", request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(m => m.Clone())];
    }

    public async Task PurgeAsync(string virtualHost, string queue)
    {
        using var response = await _http.DeleteAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/contents");
        response.EnsureSuccessStatusCode();
    }

    private static long Number(JsonElement queue, string name) =>
        queue.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    /// <summary>
    /// Every exchange whose messages reach the queue: those bound to it, and those bound to them in turn (MassTransit
    /// binds a message type's exchange to the queue's own exchange). The default exchange, which reaches every queue by
    /// name, is left out.
    /// </summary>
    public async Task<IReadOnlySet<string>> SourcesAsync(string virtualHost, string queue)
    {
        var vhost = Uri.EscapeDataString(virtualHost);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(await BoundAsync($"api/queues/{vhost}/{Uri.EscapeDataString(queue)}/bindings"));
        while (pending.TryDequeue(out var exchange))
        {
            if (found.Add(exchange))
            {
                foreach (var source in await BoundAsync($"api/exchanges/{vhost}/{Uri.EscapeDataString(exchange)}/bindings/destination"))
                {
                    pending.Enqueue(source);
                }
            }
        }
        return found;
    }

    private async Task<IEnumerable<string>> BoundAsync(string path)
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync(path));
        return [.. json.RootElement.EnumerateArray().Select(b => b.GetProperty("source").GetString()!).Where(s => s.Length > 0)];
    }

    /// <summary>The broker's version, e.g. <c>3.10.8</c>.</summary>
    public async Task<string> VersionAsync()
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync("api/overview"));
        return json.RootElement.GetProperty("rabbitmq_version").GetString()!;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A name no other run uses.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";
}

public sealed record QueueState(string Name, long Messages, long Ready, long Unacknowledged, long Consumers);

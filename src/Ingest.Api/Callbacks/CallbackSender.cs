using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Callbacks;

/// <summary>
/// Sends one signed callback. Its own client, not one from the HTTP client factory: the factory's default resilience
/// handler would retry and open a circuit shared by every tenant's receiver, while the retries here belong to the
/// delivery's schedule. Connections go through <see cref="GuardedConnect"/>, no proxy, no redirects; at most a small
/// part of the answer is read.
/// </summary>
public sealed class CallbackSender : IDisposable
{
    private const int MaxResponseBytes = 1024;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;

    public CallbackSender(IOptions<CallbackOptions> options, TimeProvider time)
    {
        _time = time;
        _timeout = options.Value.Timeout;
        _http = new HttpClient(CreateHandler(options.Value.AllowPrivateNetworks, options.Value.Timeout), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ResumePipeline-Webhooks", "1"));
    }

    /// <summary>The handler every callback goes through; public so the guard can be tested on it directly.</summary>
    public static SocketsHttpHandler CreateHandler(bool allowPrivateNetworks, TimeSpan timeout) => new()
    {
        ConnectCallback = GuardedConnect.Callback(allowPrivateNetworks),
        ConnectTimeout = timeout,
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        MaxResponseHeadersLength = 16,
        // Receivers' addresses change; a pooled connection must not outlive a DNS change for long.
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    /// <param name="secrets">The tenant's signing secrets: one signature each (two while a rotation's grace period lasts).</param>
    public async Task<CallbackOutcome> SendAsync(Uri url, string webhookId, string body, IReadOnlyList<string> secrets, CancellationToken cancellationToken)
    {
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.IdHeader, webhookId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Header(secrets, webhookId, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new CallbackOutcome(true, status, null);
            }
            var excerpt = await ExcerptAsync(response, timeout.Token);
            var redirect = status is >= 300 and < 400 ? " (redirects are not followed)" : "";
            return new CallbackOutcome(false, status, $"The receiver answered {status}{redirect}{(excerpt.Length > 0 ? ": " + excerpt : "")}",
                RetryAfterOf(response, _time.GetUtcNow()));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CallbackOutcome(false, null, $"The receiver did not answer within {_timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException e)
        {
            var refused = e.InnerException as CallbackRefusedException;
            return new CallbackOutcome(false, null, refused?.Message ?? $"Could not reach the receiver: {e.Message}");
        }
    }

    /// <summary>The wait a 429 or 503 asks for in <c>Retry-After</c> (seconds or an HTTP date); other answers ask for none.</summary>
    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }
        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : null);
        return wait > TimeSpan.Zero ? wait : null;
    }

    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxResponseBytes];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            return new string(Encoding.UTF8.GetString(buffer, 0, read).Where(c => !char.IsControl(c)).ToArray()).Trim();
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return "";
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>How one attempt went: delivered (any 2xx), or why not.</summary>
/// <param name="RetryAfter">The wait a 429 or 503 asked for with <c>Retry-After</c>.</param>
public sealed record CallbackOutcome(bool Delivered, int? StatusCode, string? Error, TimeSpan? RetryAfter = null)
{
    /// <summary>410 Gone: the receiver says this endpoint is gone for good, so the event is not sent again.</summary>
    public bool Gone => StatusCode == (int)HttpStatusCode.Gone;
}

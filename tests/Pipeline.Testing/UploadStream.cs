using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Pipeline.Testing;

/// <summary>One upload of a stream, as its sender saw it.</summary>
public sealed class TrackedUpload(int index, UploadFile file, bool asTenant)
{
    private readonly List<string> _answers = [];

    public int Index { get; } = index;
    public UploadFile File { get; } = file;
    public bool AsTenant { get; } = asTenant;

    /// <summary>Sent with every try of this upload, so a retry after a lost answer gets the scan the first try made.</summary>
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    public string? ScanId { get; internal set; }
    public DateTimeOffset? AcceptedAt { get; internal set; }

    /// <summary>The final refusal when the upload was not accepted: status code, or the transport error.</summary>
    public string? Refusal { get; internal set; }

    /// <summary>Every answer, in order: status codes and transport errors of the tries before the last.</summary>
    public IReadOnlyList<string> Answers { get { lock (_answers) { return [.. _answers]; } } }

    internal void Answer(string answer)
    {
        lock (_answers)
        {
            _answers.Add(answer);
        }
    }
}

/// <summary>
/// Sends uploads at a steady pace, as a well-behaved client would: each with an <c>Idempotency-Key</c>, tried again
/// (with the same key) after a transport error, a 5xx or a 429, until it is accepted, refused with a 4xx, or the
/// give-up time has passed. A tenant's uploads carry the callback address.
/// </summary>
public sealed class UploadStream(Func<Uri> api, string? tenantKey = null, string? callbackUrl = null)
{
    private readonly List<TrackedUpload> _uploads = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public IReadOnlyList<TrackedUpload> Uploads { get { lock (_uploads) { return [.. _uploads]; } } }

    public IReadOnlyList<TrackedUpload> Accepted => [.. Uploads.Where(u => u.ScanId is not null)];

    /// <summary>
    /// Sends up to <paramref name="count"/> uploads, one every <paramref name="interval"/> (each on its own, so a slow one
    /// does not hold the pace), every other one as the tenant when there is one, until <paramref name="stopSending"/>;
    /// returns when every upload sent has its answer.
    /// </summary>
    public async Task RunAsync(int count, TimeSpan interval, Func<int, UploadFile> files, TimeSpan giveUpAfter, CancellationToken stopSending = default)
    {
        var sending = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count && !stopSending.IsCancellationRequested; i++)
        {
            var wait = interval * i - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stopSending);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            var upload = new TrackedUpload(i, files(i), tenantKey is not null && i % 2 == 0);
            lock (_uploads)
            {
                _uploads.Add(upload);
            }
            sending.Add(SendAsync(upload, giveUpAfter, CancellationToken.None));
        }
        await Task.WhenAll(sending);
    }

    private async Task SendAsync(TrackedUpload upload, TimeSpan giveUpAfter, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            string answer;
            try
            {
                using var request = Request(upload);
                using var response = await _http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var scan = await response.Content.ReadFromJsonAsync<ScanState>(ScanState.Json, cancellationToken);
                    upload.ScanId = scan!.Id;
                    upload.AcceptedAt = DateTimeOffset.UtcNow;
                    upload.Answer("202");
                    return;
                }
                answer = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    upload.Answer(answer);
                    upload.Refusal = $"{answer} {await response.Content.ReadAsStringAsync(cancellationToken)}";
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                answer = e is HttpRequestException { HttpRequestError: var error } ? error.ToString() : "timeout";
            }
            upload.Answer(answer);
            if (clock.Elapsed > giveUpAfter)
            {
                upload.Refusal = $"gave up after {clock.Elapsed.TotalSeconds:0} s: {answer}";
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private HttpRequestMessage Request(TrackedUpload upload)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(upload.File.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", upload.File.Name);
        if (upload.AsTenant && callbackUrl is not null)
        {
            form.Add(new StringContent(callbackUrl), "callbackUrl");
        }
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api(), "/api/v1/scans")) { Content = form };
        request.Headers.Add("Idempotency-Key", upload.IdempotencyKey);
        if (upload.AsTenant)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantKey);
        }
        return request;
    }
}

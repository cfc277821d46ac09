using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// A batch sent as a partner should send it: with an <c>Idempotency-Key</c>, and sent again with the same key after a
/// transport error, a 5xx or a 429 (after its <c>Retry-After</c>), until it is accepted, refused with a 4xx, or the
/// give-up time has passed.
/// </summary>
public sealed class BatchSubmission
{
    private BatchSubmission(PartnerBatch batch) => Batch = batch;

    public PartnerBatch Batch { get; }
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");
    public BatchState? Accepted { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>Every answer, in order: status codes and transport errors.</summary>
    public List<string> Answers { get; } = [];

    /// <summary>Why it was never accepted, or null.</summary>
    public string? Refusal { get; private set; }

    public static async Task<BatchSubmission> SendAsync(
        Uri api, string tenantKey, PartnerBatch batch, IReadOnlyDictionary<string, string> fields, TimeSpan giveUpAfter)
    {
        var submission = new BatchSubmission(batch);
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenantKey);
        var batches = new BatchesClient(http);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var wait = TimeSpan.FromSeconds(1);
            try
            {
                using var response = await batches.SubmitZipAsync(batch.Zip, $"{batch.Label}.zip", fields, submission.IdempotencyKey);
                submission.Answers.Add(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    submission.Accepted = await BatchesClient.AcceptedAsync(response);
                    submission.AcceptedAt = DateTimeOffset.UtcNow;
                    return submission;
                }
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    submission.Refusal = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                    return submission;
                }
                if (response.Headers.RetryAfter?.Delta is { } delta)
                {
                    wait = delta;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                submission.Answers.Add(e is HttpRequestException { HttpRequestError: var error } ? error.ToString() : "timeout");
            }
            if (clock.Elapsed > giveUpAfter)
            {
                submission.Refusal = $"gave up after {clock.Elapsed.TotalSeconds:0} s: {submission.Answers[^1]}";
                return submission;
            }
            await Task.Delay(wait);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>
/// The distributed mode end to end: Ingest.Api and the three workers as separate processes over RabbitMQ, Azurite and
/// PostgreSQL, started from their built dlls with the settings <c>scripts/services.sh env</c> prints.
/// </summary>
public sealed class DistributedPipelineTests(DistributedStackFixture fixture) : IClassFixture<DistributedStackFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly DistributedStack _stack = fixture.Stack;

    [Fact]
    public async Task A_resume_goes_through_the_four_services_and_every_result_downloads()
    {
        var scans = new ScansClient(_stack.CreateApiClient());

        var accepted = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume(), "jordan.txt", ResumeFixtures.JobPosting);
        var done = await scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.True(done.Status == "completed", $"ended {done.Status}: {done.Failure}");
        foreach (var link in new[] { "resume", "score", "reportHtml", "reportPdf", "optimizedPdf", "optimizedDocx" })
        {
            using var file = await scans.Http.GetAsync(done.Links[link]);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 0, link);
        }
        using var score = JsonDocument.Parse(await scans.Http.GetStringAsync(done.Links["score"]));
        Assert.Equal(done.Score, score.RootElement.GetProperty("score").GetInt32());
        Assert.Equal(1, _stack.StatusMoves("Completed").GetValueOrDefault(accepted.Id));
        Assert.Empty(scans.Regressions());
    }

    [Fact]
    public async Task A_corrupt_pdf_fails_at_parse_with_its_reason_and_leaves_nothing_in_the_error_queues()
    {
        var scans = new ScansClient(_stack.CreateApiClient());

        var accepted = await scans.SubmitAcceptedAsync(ResumeFixtures.CorruptPdf(), "broken.pdf");
        var done = await scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.Equal(("failed", "parse", "corrupt"), (done.Status, done.Failure!.Stage, done.Failure.Code));
        foreach (var queue in new[] { "resume-parse_error", "resume-score_error", "resume-render_error", "scan-status_error" })
        {
            Assert.Equal(0, await _stack.Rabbit.MessagesAsync(_stack.VirtualHost, queue));
        }
    }

    [Fact]
    public async Task Every_service_reports_ready_with_its_dependencies()
    {
        using var http = new HttpClient();
        foreach (var name in DistributedStack.Workers.Append("Ingest.Api"))
        {
            using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri(_stack.Service(name).Url, "/health/ready")));
            var checks = health.RootElement.GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("bus").GetProperty("status").GetString());
            Assert.Equal("Healthy", checks.GetProperty("blob-store").GetProperty("status").GetString());
            Assert.Equal(name == "Ingest.Api", checks.TryGetProperty("database", out _));
        }
    }

    [Fact]
    public async Task A_scan_continues_the_callers_trace_through_every_service_and_each_services_log_lines_carry_it()
    {
        var scans = new ScansClient(_stack.CreateApiClient());
        var trace = ActivityTraceId.CreateRandom();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(ResumeFixtures.TextResume());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "traced.txt");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scans") { Content = form };
        // As a caller that traces its own work sends it (W3C Trace Context).
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await scans.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<ScanState>(ScanState.Json))!.Id;
        Assert.Equal("completed", (await scans.WaitForEndAsync(id, Patience)).Status);

        // Every service wrote about this scan, each line with the caller's trace id next to the scan id.
        var clock = Stopwatch.StartNew();
        var services = DistributedStack.Workers.Append("Ingest.Api").ToList();
        List<string> missing;
        while ((missing = services.Where(s => !LinesAbout(s, id).Any()).ToList()).Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(200);
        }
        Assert.Empty(missing);
        foreach (var service in services)
        {
            Assert.All(LinesAbout(service, id), line => Assert.Equal(trace.ToString(), DistributedStack.ScopeValue(line, "TraceId")));
        }
    }

    private IEnumerable<JsonElement> LinesAbout(string service, string scanId) =>
        _stack.LogEntries(service).Where(e => DistributedStack.ScopeValue(e, "ScanId") == scanId);
}

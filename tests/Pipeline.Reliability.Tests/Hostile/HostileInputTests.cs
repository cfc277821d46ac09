using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Pipeline.Reliability.Tests.Door;
using Pipeline.Testing;
using Xunit.Abstractions;
using static Pipeline.Reliability.Tests.Hostile.HostileAnswer;

namespace Pipeline.Reliability.Tests.Hostile;

/// <summary>
/// Every kind of hostile file (<see cref="HostileCatalog"/>), made by the suite and sent alone through the four services
/// as processes: each gets its answer (a 4xx problem naming the problem, <c>failed</c> with its code and a sentence, or
/// <c>completed</c> with any payload inert in the JSON and the report), no 5xx, no hang, every service still running, no
/// parser process above its memory limit; the peak memory of every process is kept in the table.
/// </summary>
[Collection(DoorCollection.Name)]
[Trait("Category", "Hostile")]
public sealed partial class HostileInputTests(DoorStack door, ITestOutputHelper output)
{
    private static readonly TimeSpan NoHang = TimeSpan.FromMinutes(3);

    /// <summary>Parsing's default <c>MemoryLimitMB</c>, which the stack does not change.</summary>
    private const long ParserLimit = 1024L * 1024 * 1024;

    public static TheoryData<string> KindNames() => new(HostileCatalog.Kinds.Select(k => k.Name));

    [Theory]
    [MemberData(nameof(KindNames))]
    public async Task A_hostile_file_gets_its_answer_and_takes_no_process_down(string name)
    {
        var kind = HostileCatalog.Named(name);
        var file = kind.Build();
        using var http = door.Client();
        http.Timeout = NoHang;
        var scans = new ScansClient(http);
        ServiceProcess[] services = [door.Stack.Api, .. DistributedStack.Workers.Select(door.Stack.Service)];

        await using var memory = PeakMemory.Start(services);
        var (answer, code) = await SendAsync(scans, kind, file);
        var peaks = await memory.StopAsync();

        foreach (var service in services)
        {
            Assert.False(service.HasExited, $"{service.Name} exited on '{name}':\n{service.Tail()}");
        }
        foreach (var (service, _, child) in peaks)
        {
            Assert.True(child <= ParserLimit, $"a child of {service} held {child / (1024 * 1024)} MiB on '{name}'");
        }
        var table = HostileTable.Add(new HostileRow(Order(kind), kind.Name, Size(file.Length), answer, code, peaks));
        output.WriteLine(table);
    }

    private async Task<(string Answer, string Code)> SendAsync(ScansClient scans, HostileKind kind, byte[] file)
    {
        using var response = await scans.SubmitAsync(file, kind.FileName);
        if (kind.Expected is Refused refused)
        {
            var problem = await ProblemCheck.AssertProblemAsync(response, (HttpStatusCode)refused.Status);
            var words = ProblemCheck.Words(problem);
            Assert.Contains(refused.Naming, words, StringComparison.OrdinalIgnoreCase);
            return ($"`{refused.Status}` problem", problem.TryGetProperty("code", out var c) ? c.GetString()! : problem.GetProperty("title").GetString()!);
        }

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{kind.Name}: {(int)response.StatusCode} {body}");
        var scan = JsonSerializer.Deserialize<ScanState>(body, ScanState.Json)!;
        var ended = await scans.WaitForEndAsync(scan.Id, NoHang);
        switch (kind.Expected)
        {
            case Failed failed:
                AssertFailed(kind, ended, failed.Stage, failed.Codes);
                if (failed.Saying is { } saying)
                {
                    Assert.Contains(saying, ended.Failure!.Message, StringComparison.OrdinalIgnoreCase);
                }
                break;
            case Completed completed:
                Assert.True(ended.Status == "completed", $"{kind.Name}: ended {ended.Status} {ended.Failure}");
                await AssertInertAsync(scans.Http, kind, ended, completed.Payload);
                if (completed.Name is { } name)
                {
                    using var resume = JsonDocument.Parse(await scans.Http.GetStringAsync($"/api/v1/scans/{ended.Id}/resume.json"));
                    Assert.Equal(name, resume.RootElement.GetProperty("basics").GetProperty("name").GetString());
                }
                break;
            case CompletedOrFailed either when ended.Status == "completed":
                await AssertInertAsync(scans.Http, kind, ended, null);
                break;
            case CompletedOrFailed either:
                AssertFailed(kind, ended, either.Stage, either.Codes);
                break;
        }
        return ($"`{ended.Status}`", ended.Failure is { } f ? $"{f.Stage}/{f.Code}: {f.Message}" : "–");
    }

    private static void AssertFailed(HostileKind kind, ScanState ended, string stage, string[] codes)
    {
        Assert.True(ended.Status == "failed", $"{kind.Name}: ended {ended.Status}, expected failed with {string.Join("/", codes)}");
        Assert.Equal(stage, ended.Failure!.Stage);
        Assert.True(codes.Contains(ended.Failure.Code), $"{kind.Name}: failed with {ended.Failure.Code} ({ended.Failure.Message}), expected {string.Join("/", codes)}");
        Assert.False(string.IsNullOrWhiteSpace(ended.Failure.Message));
        ProblemCheck.AssertNoLeak(ended.Failure.Message);
    }

    /// <summary>
    /// The payload is data everywhere: the parsed JSON is valid and holds it verbatim as a string; the report holds no
    /// active element (no script, frame, image, object, or javascript: link) and never the payload's markup unescaped;
    /// neither holds a line of this machine's /etc/passwd.
    /// </summary>
    private static async Task AssertInertAsync(HttpClient http, HostileKind kind, ScanState scan, string? payload)
    {
        var json = await http.GetStringAsync($"/api/v1/scans/{scan.Id}/resume.json");
        // What an external entity or relationship would have pulled in from this machine.
        Assert.DoesNotContain("root:x:0:0", json, StringComparison.Ordinal);
        using var resume = JsonDocument.Parse(json);
        if (payload is not null)
        {
            Assert.True(Strings(resume.RootElement).Any(s => s.Contains(payload, StringComparison.Ordinal)),
                $"{kind.Name}: '{payload}' is not in the parsed resume as written");
        }
        var report = await http.GetStringAsync($"/api/v1/scans/{scan.Id}/report.html");
        Assert.DoesNotContain("root:x:0:0", report, StringComparison.Ordinal);
        Assert.False(ActiveMarkup().IsMatch(report), $"{kind.Name}: the report holds active markup: {ActiveMarkup().Match(report).Value}");
        if (payload?.Contains('<', StringComparison.Ordinal) == true)
        {
            Assert.DoesNotContain(payload, report, StringComparison.Ordinal);
        }
        using var score = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/scans/{scan.Id}/score.json"));
        Assert.Equal(JsonValueKind.Object, score.RootElement.ValueKind);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex("<(script|iframe|img|object|embed)\\b|href\\s*=\\s*[\"']?\\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveMarkup();

    /// <summary>
    /// The payload resumes as one batch: each completes, the results CSV has no cell a spreadsheet would run as a formula,
    /// the summary JSON is valid, and the SQL payload dropped nothing.
    /// </summary>
    [Fact]
    public async Task Payload_resumes_in_a_batch_come_back_inert_in_its_csv_and_json()
    {
        string[] payloads = ["txt: resume carrying script", "txt: CSV-formula name and file name", "txt: template payloads", "txt: SQL payload name",
            "txt: 10,000-character name", "txt: emoji, joiners, combining marks", "txt: right-to-left and control characters", "md: HTML and script in Markdown"];
        using var http = door.Client(door.First.ApiKey);
        http.Timeout = NoHang;
        var batches = new BatchesClient(http);
        using var response = await batches.SubmitFilesAsync(payloads.Select(p => (HostileCatalog.Named(p).FileName, HostileCatalog.Named(p).Build())));
        var batch = await BatchesClient.AcceptedAsync(response);
        var ended = await batches.WaitForEndAsync(batch.Id, NoHang);
        Assert.Equal(payloads.Length, ended.Completed + ended.Failed);

        var csv = Encoding.UTF8.GetString(await http.GetByteArrayAsync($"/api/v1/batches/{batch.Id}/results.csv"));
        output.WriteLine(csv);
        Assert.False(FormulaCell().IsMatch(csv), $"a cell starts like a formula: {FormulaCell().Match(csv).Value}");
        Assert.Contains("\"'" + HostileCatalog.FormulaFileName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/batches/{batch.Id}/summary.json"));
        Assert.Equal(JsonValueKind.Object, summary.RootElement.ValueKind);

        await using var connection = new NpgsqlConnection(door.Stack.Environment["ConnectionStrings__Pipeline"]);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"Scans\"", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! >= payloads.Length);
    }

    /// <summary>A quoted cell whose text starts with =, +, -, @, tab or carriage return (no apostrophe before it).</summary>
    [GeneratedRegex("(^|,)\"[=+\\-@\\t\\r]", RegexOptions.Multiline)]
    private static partial Regex FormulaCell();

    private static int Order(HostileKind kind) => HostileCatalog.Kinds.ToList().IndexOf(kind);

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MB" : $"{bytes / 1024.0:0.#} KB";
}

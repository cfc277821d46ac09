using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>
/// Batches in the distributed mode: their scans travel the batch lane's own queues through the three workers, released
/// a window at a time, while single uploads keep to the interactive lane.
/// </summary>
public sealed class BatchLaneTests : IAsyncLifetime
{
    private const string AdminKey = "batch-lane-admin-key-0123456789";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private DistributedStack _stack = null!;

    public async Task InitializeAsync() => _stack = await DistributedStack.StartAsync(new Dictionary<string, string>
    {
        ["Admin__ApiKey"] = AdminKey,
        ["Batches__InFlightPerTenant"] = "3",
        ["Batches__InFlight"] = "3",
    });

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task A_batch_runs_on_its_own_lane_through_the_four_services_beside_a_single_upload()
    {
        using var http = _stack.CreateApiClient();
        var key = await CreateTenantAsync(http);
        using var tenantHttp = _stack.CreateApiClient();
        tenantHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var batches = new BatchesClient(tenantHttp);
        var zip = new ZipBuilder();
        for (var i = 0; i < 8; i++)
        {
            zip.Add($"lane/{i}.txt", ResumeFixtures.TextResume($"Lane Student {(char)('A' + i)}{(char)('k' + i)}"));
        }
        zip.Add("lane/broken.pdf", ResumeFixtures.CorruptPdf());

        var batch = await batches.SubmitAcceptedAsync(zip.Build());
        var scans = new ScansClient(http);
        var single = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Walk In"), "walk-in.txt");
        var singleDone = await scans.WaitForEndAsync(single.Id, Patience);
        var ended = await batches.WaitForEndAsync(batch.Id, Patience);

        Assert.Equal("completed", singleDone.Status);
        Assert.Equal((9, 8, 1), (ended.Total, ended.Completed, ended.Failed));
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(await tenantHttp.GetByteArrayAsync($"/api/v1/batches/{batch.Id}/results.csv"))[1..]);
        Assert.Equal(8, csv.Column("Status").Count(s => s == "completed"));
        Assert.Equal("corrupt", csv.Column("Failure reason").Single(r => r.Length > 0).Split(':')[0]);
        // Every completed batch scan (its id is in its report link) moved to completed once in the API's log.
        var completed = _stack.StatusMoves("Completed");
        var ids = csv.Column("Report").Where(r => r.Length > 0).Select(r => r.Split('/')[^2]).ToList();
        Assert.Equal(8, ids.Count);
        Assert.All(ids, id => Assert.Equal(1, completed.GetValueOrDefault(id)));
        foreach (var queue in new[] { "resume-parse-batch", "resume-score-batch", "resume-render-batch" })
        {
            Assert.Equal(0, await _stack.Rabbit.MessagesAsync(_stack.VirtualHost, queue + "_error"));
            // Sent to by name only: a published event never reaches the batch lane.
            Assert.Equal([queue], await _stack.Rabbit.SourcesAsync(_stack.VirtualHost, queue));
        }
        Assert.Contains("Pipeline.Contracts:ResumeParsed", await _stack.Rabbit.SourcesAsync(_stack.VirtualHost, "resume-score"));
    }

    private static async Task<string> CreateTenantAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = JsonContent.Create(new { name = "Lane Centre" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TenantKey>())!.ApiKey;
    }

    private sealed record TenantKey(string ApiKey);
}

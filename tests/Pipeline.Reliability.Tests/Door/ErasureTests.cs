using System.Net;
using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using Npgsql;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Door;

/// <summary>
/// A person's resume erased on request (<c>DELETE</c>) and by the retention purge leaves nothing of its contents
/// behind: no blob, no database row (any table, Hangfire's too), no line in any service's log. Its own stack, with a
/// retention of seconds and the purge every minute.
/// </summary>
[Trait("Category", "Security")]
public sealed class ErasureTests
{
    private const string AdminKey = "erasure-admin-key-0123456789abcdef";

    [Fact]
    public async Task Delete_and_the_retention_purge_leave_no_blob_row_or_log_line_with_the_resumes_contents()
    {
        await using var stack = await DistributedStack.StartAsync(new Dictionary<string, string>
        {
            ["Admin__ApiKey"] = AdminKey,
            ["Ingest__Retention"] = "00:00:20",
            ["Ingest__RetentionCron"] = "* * * * *",
        });
        using var admin = stack.CreateApiClient();
        var tenant = await TenantAdmin.CreateAsync(admin, AdminKey, "Erasing Partner");
        using var http = stack.CreateApiClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        var scans = new ScansClient(http);

        // Names no other resume has: wherever one turns up, it came from these uploads.
        var deleted = $"Quillon {UniqueSurname()}";
        var expired = $"Ysolde {UniqueSurname()}";
        var onRequest = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume(deleted), $"{deleted}.txt", "Wanted: " + deleted);
        var byRetention = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume(expired), $"{expired}.txt");
        Assert.Equal("completed", (await scans.WaitForEndAsync(onRequest.Id, TimeSpan.FromMinutes(2))).Status);
        Assert.Equal("completed", (await scans.WaitForEndAsync(byRetention.Id, TimeSpan.FromMinutes(2))).Status);
        // Where the names were before: so finding none afterwards means they were erased, not that the search is blind.
        Assert.Contains(deleted, await http.GetStringAsync($"/api/v1/scans/{onRequest.Id}/resume.json"));
        Assert.True(await RowsContainingAsync(stack, deleted) > 0);
        Assert.NotEmpty(await BlobsContainingAsync(stack, deleted));

        using (var delete = await http.DeleteAsync($"/api/v1/scans/{onRequest.Id}"))
        {
            Assert.True(delete.IsSuccessStatusCode, $"DELETE answered {(int)delete.StatusCode}");
        }
        var purged = await WaitUntilAsync(async () =>
        {
            using var response = await http.GetAsync($"/api/v1/scans/{byRetention.Id}");
            return response.StatusCode == HttpStatusCode.Gone;
        }, TimeSpan.FromMinutes(3));
        Assert.True(purged, "the retention purge did not erase the scan within three minutes");

        foreach (var (name, scan) in new[] { (deleted, onRequest), (expired, byRetention) })
        {
            Assert.Equal(0, await RowsContainingAsync(stack, name));
            Assert.Empty(await BlobsContainingAsync(stack, name));
            Assert.Empty(await BlobsContainingAsync(stack, scan.Id));
            var logged = stack.EveryProcess.SelectMany(p => p.Output.Where(l => l.Contains(name, StringComparison.OrdinalIgnoreCase)).Select(l => $"{p.Name}: {l}")).ToList();
            Assert.True(logged.Count == 0, string.Join('\n', logged));
        }
    }

    /// <summary>A surname of letters only (a parser takes it for a name), e.g. "Brakdfhpe".</summary>
    private static string UniqueSurname() => "Bra" + new string(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(1000);
        }
        return true;
    }

    /// <summary>Rows of any table in the stack's database (Hangfire's schema included) whose text holds <paramref name="text"/>.</summary>
    private static async Task<long> RowsContainingAsync(DistributedStack stack, string text)
    {
        await using var connection = new NpgsqlConnection(stack.Environment["ConnectionStrings__Pipeline"]);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables " +
            "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        Assert.Contains(tables, t => t.EndsWith("\"Scans\"", StringComparison.Ordinal));
        long rows = 0;
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table} t WHERE strpos(lower(t::text), lower(@text)) > 0", connection);
            count.Parameters.AddWithValue("text", text);
            rows += (long)(await count.ExecuteScalarAsync())!;
        }
        return rows;
    }

    /// <summary>The stack's blobs whose name or content holds <paramref name="text"/>.</summary>
    private static async Task<List<string>> BlobsContainingAsync(DistributedStack stack, string text)
    {
        var service = new BlobServiceClient(stack.Environment["ConnectionStrings__Blobs"]);
        var found = new List<string>();
        await foreach (var container in service.GetBlobContainersAsync(prefix: stack.BlobPrefix))
        {
            var client = service.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                if (blob.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || Contains(content, text))
                {
                    found.Add($"{container.Name}/{blob.Name}");
                }
            }
        }
        return found;
    }

    private static bool Contains(byte[] content, string text) =>
        System.Text.Encoding.UTF8.GetString(content).Contains(text, StringComparison.OrdinalIgnoreCase) ||
        System.Text.Encoding.Unicode.GetString(content).Contains(text, StringComparison.OrdinalIgnoreCase);
}

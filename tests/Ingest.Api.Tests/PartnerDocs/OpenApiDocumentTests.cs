using System.Text.Json;
using Ingest.Api.Problems;

namespace Ingest.Api.Tests.PartnerDocs;

/// <summary>The served OpenAPI document is one a partner can work from: examples, webhooks, problem codes, security, lint-clean.</summary>
public sealed class OpenApiDocumentTests(PartnerAppFixture fixture) : IClassFixture<PartnerAppFixture>
{
    private readonly AllInOneApp _app = fixture.App;

    [Fact]
    public async Task Every_json_request_and_answer_of_every_route_has_an_example()
    {
        using var document = await DocumentAsync();
        var missing = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    missing.AddRange(WithoutExample(body, where + " request"));
                }
                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
                {
                    missing.AddRange(WithoutExample(response.Value, $"{where} {response.Name}"));
                }
            }
        }
        Assert.Empty(missing);
        Assert.True(document.RootElement.GetProperty("paths").EnumerateObject().Count() >= 20);
    }

    [Fact]
    public async Task The_callbacks_are_webhooks_with_their_signature_headers_and_example_bodies()
    {
        using var document = await DocumentAsync();
        var webhooks = document.RootElement.GetProperty("webhooks");

        Assert.Equal(["batch.completed", "scan.completed", "scan.failed"], webhooks.EnumerateObject().Select(w => w.Name).Order());
        foreach (var webhook in webhooks.EnumerateObject())
        {
            var post = webhook.Value.GetProperty("post");
            Assert.Equal(["webhook-id", "webhook-signature", "webhook-timestamp"],
                post.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
            var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
            Assert.Equal(webhook.Name, example.GetProperty("type").GetString());
            Assert.True(post.GetProperty("responses").TryGetProperty("410", out _));
        }
        var failed = webhooks.GetProperty("scan.failed").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        Assert.Equal("corrupt", failed.GetProperty("example").GetProperty("data").GetProperty("failure").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_problem_code_is_listed_with_its_meaning_and_both_keys_are_security_schemes()
    {
        using var document = await DocumentAsync();
        var components = document.RootElement.GetProperty("components");
        var code = components.GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties").GetProperty("code");

        Assert.Equal(ProblemTypes.All.Select(p => p.Code).Order(), code.GetProperty("enum").EnumerateArray().Select(c => c.GetString()!).Order());
        Assert.All(ProblemTypes.All, p => Assert.Contains($"`{p.Code}` | {p.Status}", code.GetProperty("description").GetString()));
        Assert.Equal("bearer", components.GetProperty("securitySchemes").GetProperty("tenantKey").GetProperty("scheme").GetString());
        Assert.Equal("bearer", components.GetProperty("securitySchemes").GetProperty("adminKey").GetProperty("scheme").GetString());
        var deliveries = document.RootElement.GetProperty("paths").GetProperty("/api/v1/scans/{id}/deliveries").GetProperty("get");
        Assert.Equal(["tenantKey"], deliveries.GetProperty("security").EnumerateArray().SelectMany(s => s.EnumerateObject().Select(o => o.Name)));
        Assert.Equal("http://localhost:5000", document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Redocly_lint_finds_no_error_in_the_served_document()
    {
        SnippetRunner.RequireTools();
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await _app.CreateClient().GetStringAsync("/openapi/v1.json"));
        try
        {
            var (exitCode, output) = await SnippetRunner.RunAsync(SnippetRunner.Redocly, ["lint", file, "--format=stylish"], SnippetRunner.ToolsFolder);

            Assert.True(exitCode == 0, output);
            Assert.DoesNotContain(" error ", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<JsonDocument> DocumentAsync() => JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));

    /// <summary>The JSON media types of a request body or response that carry no example.</summary>
    private static IEnumerable<string> WithoutExample(JsonElement holder, string where)
    {
        if (!holder.TryGetProperty("content", out var content))
        {
            yield break;
        }
        foreach (var media in content.EnumerateObject().Where(m => m.Name.Contains("json", StringComparison.Ordinal) || m.Name == "multipart/form-data"))
        {
            if (!media.Value.TryGetProperty("example", out var example) || example.ValueKind == JsonValueKind.Null)
            {
                yield return $"{where} {media.Name}";
            }
        }
    }
}

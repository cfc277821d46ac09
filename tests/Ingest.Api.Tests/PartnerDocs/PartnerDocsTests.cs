using System.Text;
using Pipeline.Testing;

namespace Ingest.Api.Tests.PartnerDocs;

/// <summary>
/// docs/partners.md as a partner follows it: the secret is rotated, a real scan's callback arrives with two signatures,
/// and each verification snippet of the doc (C#, Node with standardwebhooks, openssl in a shell), taken from the
/// markdown itself, accepts it with the new secret and with the old, and refuses another tenant's secret and a changed body.
/// </summary>
public sealed class PartnerDocsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("partner-docs-");
    private readonly List<string> _written = [];

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_verification_snippet_accepts_both_signatures_during_a_secret_rotation_and_refuses_forgeries()
    {
        SnippetRunner.RequireTools();
        await using var app = new AllInOneApp(Partners.Settings(new() { ["Callbacks:AllowPrivateNetworks"] = "true" }));
        await using var receiver = await CallbackReceiver.StartAsync();
        var tenant = await app.CreateTenantAsync("Docs Partner");
        var stranger = await app.CreateTenantAsync("Someone Else");
        var rotated = await app.AdminJsonAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/signing-secret", new { graceHours = 24 });
        var newSecret = rotated.GetProperty("signingSecret").GetString()!;

        await app.ScansAs(tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume("Doc Reader"), "doc.txt", receiver.Url);
        var callback = (await receiver.WaitForAsync(1, Patience))[0];

        var signatures = callback.Signature!.Split(' ');
        Assert.Equal(2, signatures.Length);
        Assert.All(signatures, s => Assert.StartsWith("v1,", s));
        var body = Path.Combine(_work.FullName, "body.json");
        await File.WriteAllBytesAsync(body, Encoding.UTF8.GetBytes(callback.Body));
        var forged = Path.Combine(_work.FullName, "forged.json");
        await File.WriteAllBytesAsync(forged, Encoding.UTF8.GetBytes(callback.Body.Replace("\"completed\"", "\"failed\"", StringComparison.Ordinal)));

        foreach (var (name, run) in Snippets())
        {
            var withNew = await run(body, SnippetRunner.Environment(callback, newSecret));
            Assert.True(withNew.ExitCode == 0, $"{name} refused the callback with the new secret: {withNew.Output}");
            var withOld = await run(body, SnippetRunner.Environment(callback, tenant.SigningSecret));
            Assert.True(withOld.ExitCode == 0, $"{name} refused the callback with the old secret: {withOld.Output}");
            var wrongSecret = await run(body, SnippetRunner.Environment(callback, stranger.SigningSecret));
            Assert.True(wrongSecret.ExitCode != 0, $"{name} accepted another tenant's secret: {wrongSecret.Output}");
            var changedBody = await run(forged, SnippetRunner.Environment(callback, newSecret));
            Assert.True(changedBody.ExitCode != 0, $"{name} accepted a changed body: {changedBody.Output}");
        }
    }

    /// <summary>Each snippet of the doc, written where it can run and run with a body file and an environment.</summary>
    private IEnumerable<(string Name, Func<string, Dictionary<string, string>, Task<(int ExitCode, string Output)>> Run)> Snippets()
    {
        // Beside node_modules, so `import "standardwebhooks"` finds the package npm installed.
        var node = Write(Path.Combine(SnippetRunner.ToolsFolder, $".verify-{Guid.NewGuid():N}.mjs"), MarkdownSnippets.Under("### Node.js, with the `standardwebhooks` package", "js"));
        yield return ("node", (body, env) => SnippetRunner.RunAsync("node", [node, body], SnippetRunner.ToolsFolder, env));

        var shell = Write(Path.Combine(_work.FullName, "verify.sh"), MarkdownSnippets.Under("### A shell, with `openssl`", "sh"));
        yield return ("openssl", (body, env) => SnippetRunner.RunAsync("sh", [shell, body], _work.FullName, env));

        var csharpFolder = Directory.CreateDirectory(Path.Combine(_work.FullName, "csharp")).FullName;
        var csharp = Write(Path.Combine(csharpFolder, "verify.cs"), MarkdownSnippets.Under("### C#", "csharp"));
        yield return ("csharp", (body, env) => SnippetRunner.RunAsync("dotnet", ["run", csharp, "--", body], csharpFolder, env));
    }

    private string Write(string path, string code)
    {
        File.WriteAllText(path, code);
        _written.Add(path);
        return path;
    }

    public Task DisposeAsync()
    {
        foreach (var path in _written)
        {
            File.Delete(path);
        }
        _work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

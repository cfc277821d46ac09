using System.Text;
using Pipeline.Cli;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Batches;

/// <summary><c>pipeline submit</c> against a running API: zipped on the fly, followed to the end, results downloaded.</summary>
public sealed class SubmitCommandTests : IAsyncLifetime
{
    private readonly AllInOneApp _app = new(BatchTesting.Settings());
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("submit-");
    private Uri _api = null!;
    private CreatedTenant _tenant = null!;

    private string Inputs => Path.Combine(_root.FullName, "in");
    private string Output => Path.Combine(_root.FullName, "out");

    public async Task InitializeAsync()
    {
        _api = _app.StartOnLoopback();
        _tenant = await _app.CreateTenantAsync("Career Centre");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task Folders_are_zipped_on_the_fly_followed_to_the_end_and_every_result_is_downloaded()
    {
        Write("cohort/ana-lima.txt", ResumeFixtures.TextResume("Ana Lima"));
        Write("cohort/deep/ben-okafor.pdf", ResumeFixtures.TextPdf("Ben Okafor"));
        Write("cohort/broken.pdf", ResumeFixtures.CorruptPdf());
        Write("cohort/photo.pdf", ResumeFixtures.Gif());
        Write("cohort/notes.xlsx", [1, 2, 3]);
        var posting = Path.Combine(_root.FullName, "posting.txt");
        await File.WriteAllTextAsync(posting, ResumeFixtures.JobPosting);

        var (code, stdout, stderr) = await RunAsync("submit", Path.Combine(Inputs, "cohort"), "--api", _api.ToString(), "--key", _tenant.ApiKey,
            // With a trailing slash, as the README types it.
            "--job", posting, "--out", Output + Path.DirectorySeparatorChar);

        Assert.Equal(CliApp.SomeFailed, code);
        // The refused file and the failed scan, one line each: file, stage, reason.
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, l => l.StartsWith("photo.pdf: upload failed (unsupported-type): ", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith("broken.pdf: scan failed (corrupt): ", StringComparison.Ordinal));
        // Redirected output: a plain line per update, no escape codes, and the summary table.
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("[3/3] completed: 2 completed, 1 failed", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\| scored\s+\|\s+2 \|", stdout);
        Assert.Matches(@"\| skipped \(not a resume, unsafe, too large…\)\s+\|\s+1 \|", stdout);

        foreach (var file in new[] { "results.csv", "summary.json", "summary.pdf", "ana-lima.txt.report.pdf", "ana-lima.txt.optimized.pdf",
                     "ana-lima.txt.optimized.docx", "deep/ben-okafor.pdf.report.pdf", "deep/ben-okafor.pdf.optimized.docx" })
        {
            var info = new FileInfo(Path.Combine(Output, file));
            Assert.True(info.Exists && info.Length > 0, $"{file} is missing");
        }
        Assert.False(File.Exists(Path.Combine(Output, "broken.pdf.report.pdf")));
        Assert.Empty(Directory.GetFiles(Output, ".reports-*"));
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(Output, "results.csv")))[1..]);
        Assert.Equal(["ana-lima.txt", "broken.pdf", "deep/ben-okafor.pdf", "photo.pdf"], csv.Column("File").Order());
        Assert.Equal("Ana Lima", csv.Cell(csv.Column("File").ToList().IndexOf("ana-lima.txt"), "Candidate"));
    }

    [Fact]
    public async Task A_zip_is_sent_as_it_is_and_without_wait_the_command_returns_once_the_batch_is_accepted()
    {
        var zip = Path.Combine(_root.FullName, "fair.zip");
        await File.WriteAllBytesAsync(zip, new ZipBuilder().Add("x/kim.txt", ResumeFixtures.TextResume("Kim Park")).Build());

        var (code, stdout, stderr) = await RunAsync("submit", zip, "--api", _api.ToString(), "--key", _tenant.ApiKey);

        Assert.Equal(CliApp.Ok, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"^Batch [0-9a-f]{32}: 1 resume to scan, 0 files skipped, 0 duplicates\. http://127\.0\.0\.1:\d+/api/v1/batches/[0-9a-f]{32}", stdout);
        var id = System.Text.RegularExpressions.Regex.Match(stdout, "[0-9a-f]{32}").Value;
        var batch = await _app.BatchesAs(_tenant.ApiKey).GetAsync(id);
        Assert.Equal("fair.zip", (await _app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Batches))).SourceName);
        Assert.Equal(1, batch.Total);
    }

    [Fact]
    public async Task A_wrong_key_or_a_missing_address_is_bad_usage()
    {
        Write("a.txt", ResumeFixtures.TextResume("Ann Other"));

        var (wrongKey, _, wrongKeyError) = await RunAsync("submit", Inputs, "--api", _api.ToString(), "--key", "rpk_" + new string('z', 43));
        var (noApi, _, _) = await RunAsync("submit", Inputs, "--key", _tenant.ApiKey);
        var (nothing, _, nothingError) = await RunAsync("submit", Path.Combine(_root.FullName, "missing"), "--api", _api.ToString(), "--key", _tenant.ApiKey);

        Assert.Equal(CliApp.BadUsage, wrongKey);
        Assert.Contains("401", wrongKeyError);
        Assert.Equal(CliApp.BadUsage, noApi);
        Assert.Equal(CliApp.BadUsage, nothing);
        Assert.Contains("no such file or folder", nothingError);
        Assert.Equal(0, await _app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Batches)));
    }

    private void Write(string relative, byte[] content)
    {
        var path = Path.Combine(Inputs, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

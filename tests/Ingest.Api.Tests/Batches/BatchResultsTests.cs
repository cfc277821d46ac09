using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Testing;
using Resume.Model;
using UglyToad.PdfPig;

namespace Ingest.Api.Tests.Batches;

/// <summary>What a career centre gets back: the CSV, the summary (JSON and PDF) and every student's report.</summary>
public sealed class BatchResultsTests : IAsyncLifetime
{
    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kemi", "Luca", "Maya", "Nils", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tove"];
    private static readonly string[] Syllables = ["ka", "lo", "mir", "san", "tor", "vel", "ber", "dun", "ris", "hal"];

    private readonly AllInOneApp _app = new(BatchTesting.Settings(new() { ["PublicBaseUrl"] = "https://scanner.example.edu" }));
    private BatchesClient _batches = null!;

    public async Task InitializeAsync() => _batches = _app.BatchesAs((await _app.CreateTenantAsync("Career Centre")).ApiKey);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_thousand_file_batch_completes_with_a_csv_row_per_file_that_matches_its_scans()
    {
        var zip = new ZipBuilder();
        var names = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var file = $"students/{i:0000}.txt";
            names.Add(file);
            _ = (i % 100) switch
            {
                7 => zip.Add(file, ResumeFixtures.TextResume(PersonName(i - 1))),
                13 => zip.Add(file, ResumeFixtures.Gif()),
                _ => zip.Add(file, ResumeFixtures.TextResume(PersonName(i))),
            };
        }

        var batch = await BatchesClient.AcceptedAsync(await _batches.SubmitZipAsync(zip.Build(), "fair.zip"));
        Assert.Equal((980, 10, 10), (batch.Total, batch.Duplicates, batch.Skipped));
        var ended = await _batches.WaitForEndAsync(batch.Id, TimeSpan.FromMinutes(15));
        Assert.Equal(980, ended.Completed + ended.Failed);

        var bytes = await _batches.Http.GetByteArrayAsync($"/api/v1/batches/{batch.Id}/results.csv");
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(names, csv.Column("File"));

        var scans = await _app.WithDbAsync(db => db.Scans.AsNoTracking().Where(s => s.BatchId == Guid.Parse(batch.Id)).ToDictionaryAsync(s => s.EntryName!));
        var matchedNames = 0;
        for (var row = 0; row < csv.Rows.Count; row++)
        {
            var file = csv.Cell(row, "File");
            var status = csv.Cell(row, "Status");
            if (scans.TryGetValue(file, out var scan))
            {
                var resume = ResumeJson.Deserialize<ResumeDocument>((await _app.Blobs.ReadTextAsync(BlobNames.Parsed(scan.Id)))!);
                var score = ResumeJson.Deserialize<ScoreReport>((await _app.Blobs.ReadTextAsync(BlobNames.Score(scan.Id)))!);
                Assert.Equal(("completed", scan.Score?.ToString()), (status, csv.Cell(row, "Score")));
                Assert.Equal(resume.Basics.Name ?? "", csv.Cell(row, "Candidate"));
                Assert.Equal(resume.Basics.Email ?? "", csv.Cell(row, "Email"));
                Assert.Equal(score.Subscores["ats"].ToString(), csv.Cell(row, "ATS readability"));
                var failed = score.Checks.Where(c => c.Status == "fail").OrderByDescending(c => c.Weight).ThenBy(c => c.Score).Select(c => c.Title).ToList();
                Assert.Equal(failed.Count > 0 ? failed[0] : "", csv.Cell(row, "Failed check 1"));
                Assert.Equal($"https://scanner.example.edu/api/v1/scans/{BlobNames.Id(scan.Id)}/report.pdf", csv.Cell(row, "Report"));
                matchedNames += csv.Cell(row, "Candidate") == PersonName(int.Parse(file[9..13])) ? 1 : 0;
            }
            else if (int.Parse(file[9..13]) % 100 == 7)
            {
                var original = names[row - 1];
                Assert.Equal(("duplicate", original), (status, csv.Cell(row, "Duplicate of")));
                Assert.Equal(csv.Cell(row - 1, "Score"), csv.Cell(row, "Score"));
            }
            else
            {
                Assert.Equal("refused", status);
                Assert.StartsWith("unsupported-type: ", csv.Cell(row, "Failure reason"));
            }
        }
        // The parser reads the made-up names back (what it reads is what the CSV says, checked above).
        Assert.True(matchedNames > 900, $"only {matchedNames} candidate names read as written");
    }

    [Fact]
    public async Task Cells_that_start_like_a_formula_are_neutralised()
    {
        var zip = new ZipBuilder()
            .Add("=HYPERLINK(\"http://evil.example\",\"x\").txt", ResumeFixtures.TextResume("Formula One"))
            .Add("+plus.txt", ResumeFixtures.Gif())
            .Add("-minus.txt", ResumeFixtures.Gif())
            .Add("@at.txt", ResumeFixtures.Gif())
            .Add("\tTab.txt", ResumeFixtures.Gif())
            .Build();
        var batch = await _batches.SubmitAcceptedAsync(zip);
        await _batches.WaitForEndAsync(batch.Id, BatchTesting.Patience);

        var text = Encoding.UTF8.GetString(await _batches.Http.GetByteArrayAsync($"/api/v1/batches/{batch.Id}/results.csv"))[1..];
        var csv = CsvTable.Parse(text);

        Assert.Equal(["'=HYPERLINK(\"http://evil.example\",\"x\").txt", "'+plus.txt", "'-minus.txt", "'@at.txt", "'\tTab.txt"], csv.Column("File"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\").txt\"", text);
    }

    [Fact]
    public async Task The_summary_json_and_pdf_and_the_reports_zip_tell_what_the_scans_found()
    {
        var zip = new ZipBuilder()
            .Add("cohort/ana.txt", ResumeFixtures.TextResume("Ana Lima"))
            .Add("cohort/ben.pdf", ResumeFixtures.TextPdf("Ben Okafor"))
            .Add("cohort/scan.pdf", ResumeFixtures.ImageOnlyPdf())
            .Add("cohort/broken.pdf", ResumeFixtures.CorruptPdf())
            .Add("cohort/ana-copy.txt", ResumeFixtures.TextResume("Ana Lima"))
            .Build();
        var batch = BatchesClient.AcceptedAsync(await _batches.SubmitZipAsync(zip, "spring-fair.zip", new Dictionary<string, string>
        {
            ["jobDescription"] = ResumeFixtures.JobPosting,
        }));
        var id = (await batch).Id;
        await _batches.WaitForEndAsync(id, BatchTesting.Patience);

        var summary = (await _batches.Http.GetFromJsonAsync<BatchSummary>($"/api/v1/batches/{id}/summary.json", BatchState.Json))!;
        Assert.Equal((4, 1, "spring-fair.zip"), (summary.Total, summary.Duplicates, summary.Source));
        var scored = summary.Completed + summary.Failed - summary.Failures.Where(f => f.Code == "corrupt").Sum(f => f.Count);
        Assert.Equal(summary.Scores.Distribution.Sum(b => b.Count), summary.Scores.Strong + summary.Scores.Fair + summary.Scores.Low);
        Assert.Equal(10, summary.Scores.Distribution.Count);
        Assert.True(summary.Scores.Distribution.Sum(b => b.Count) >= 2 && summary.Scores.Distribution.Sum(b => b.Count) <= scored);
        Assert.Contains(summary.Failures, f => f.Code == "corrupt" && f.Count == 1);
        Assert.Equal(1, summary.Readability.ImageOnly);
        Assert.Equal(1, summary.Readability.NotRead);
        Assert.NotEmpty(summary.FailedChecks);
        Assert.All(summary.FailedChecks, c => Assert.InRange(c.Students, 1, 3));
        Assert.NotEmpty(summary.MissingSkills);
        Assert.Contains(summary.Subscores, s => s.Category == "match");

        using var pdfResponse = await _batches.Http.GetAsync($"/api/v1/batches/{id}/summary.pdf");
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await pdfResponse.Content.ReadAsByteArrayAsync());
        var pdfText = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("How the scores fall", pdfText);
        Assert.Contains("spring-fair.zip", pdfText);
        Assert.Contains(summary.FailedChecks[0].Title.Split(' ')[0], pdfText);
        Assert.Contains(summary.MissingSkills[0].Skill, pdfText);

        using var reports = await _batches.Http.GetAsync($"/api/v1/batches/{id}/reports.zip", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
        Assert.Equal("application/zip", reports.Content.Headers.ContentType?.MediaType);
        using var archive = new ZipArchive(new MemoryStream(await reports.Content.ReadAsByteArrayAsync()));
        var completed = await _app.WithDbAsync(db => db.Scans.AsNoTracking()
            .Where(s => s.BatchId == Guid.Parse(id) && s.Status == ScanStatus.Completed).Select(s => new { Name = s.EntryName!, s.NoRewrite }).ToListAsync());
        // A resume with no text (the scanned one) has its report and no rewrite.
        Assert.Contains(completed, s => s.Name == "cohort/scan.pdf" && s.NoRewrite);
        Assert.Equal(
            completed.SelectMany(s => s.NoRewrite ? [s.Name + ".report.pdf"] : new[] { s.Name + ".report.pdf", s.Name + ".optimized.pdf", s.Name + ".optimized.docx" }).Order(),
            archive.Entries.Select(e => e.FullName).Order());
        await using var report = await archive.GetEntry("cohort/ana.txt.report.pdf")!.OpenAsync();
        var head = new byte[4];
        await report.ReadExactlyAsync(head);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(head));
    }

    private static string PersonName(int i) =>
        $"{FirstNames[i % FirstNames.Length]} {char.ToUpperInvariant(Syllables[i / 20 % 10][0])}{Syllables[i / 20 % 10][1..]}{Syllables[i / 200 % 10]}{Syllables[i % 7]}";
}

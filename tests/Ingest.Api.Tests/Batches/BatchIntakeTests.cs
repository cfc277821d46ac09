using System.IO.Compression;
using System.Net;
using System.Text;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Batches;

/// <summary>How a bulk upload's entries are judged, one by one, before anything is queued.</summary>
public sealed class BatchIntakeTests : IAsyncLifetime
{
    private readonly AllInOneApp _app = new(BatchTesting.Settings(new()
    {
        ["Batches:MaxEntryBytes"] = "200000",
        ["Batches:RatioFloorBytes"] = "65536",
    }));

    private CreatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _app.CreateTenantAsync("Career Centre");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_zip_with_every_hostile_entry_kind_is_judged_entry_by_entry_and_only_the_resumes_are_scanned()
    {
        var ana = ResumeFixtures.TextResume("Ana Lima");
        var zip = new ZipBuilder()
            .Folder("cohort")
            .Add("cohort/ana-lima.txt", ana)
            .Add("cohort/jordan-avery.pdf", ResumeFixtures.TextPdf())
            .Add("cohort/copy of ana.txt", ana)
            .Add("../escape.txt", ResumeFixtures.TextResume("Eve Climber"))
            .Add("/etc/absolute.txt", ResumeFixtures.TextResume("Abe Solute"))
            .Add("cohort\\..\\..\\windows.txt", ResumeFixtures.TextResume("Win Dows"))
            .Add("C:/drive.txt", ResumeFixtures.TextResume("Dee Drive"))
            .Symlink("cohort/link.txt", "/etc/passwd")
            .Add("cohort/nested.zip", new ZipBuilder().Add("inner/cv.pdf", ResumeFixtures.TextPdf("Inner Person")).Build())
            .Add("cohort/more.tar.gz", Gzip(ResumeFixtures.TextResume("Gus Zipp")))
            .Encrypted("cohort/secret.txt", ResumeFixtures.TextResume("Sec Ret"))
            .Add("cohort/huge.txt", ResumeFixtures.LargeText(300_000))
            .Add("cohort/bomb.txt", Encoding.ASCII.GetBytes(new string(' ', 150_000) + "boom"), CompressionLevel.SmallestSize)
            .StatingSize("cohort/lying.txt", ResumeFixtures.LargeText(150_000), statedSize: 2000)
            .Add("cohort/photo.pdf", ResumeFixtures.Gif())
            .Add("cohort/empty.txt", [])
            .Add("__MACOSX/cohort/._ana-lima.txt", [0, 5, 22, 7, 0, 2, 0, 0])
            .Add("cohort/.DS_Store", [0, 0, 0, 1, 66, 117, 100, 49])
            .Add("cohort/Thumbs.db", ResumeFixtures.OfficeContainer(encrypted: false))
            .Build();

        using var response = await _app.BatchesAs(_tenant.ApiKey).SubmitZipAsync(zip, "cohort-2026.zip");
        var batch = await BatchesClient.AcceptedAsync(response);

        Assert.Equal(2, batch.Total);
        Assert.Equal(1, batch.Duplicates);
        Assert.Equal(13, batch.Skipped);
        Assert.Equal("/api/v1/batches/" + batch.Id, response.Headers.Location?.OriginalString);
        var codes = batch.Entries!.ToDictionary(e => e.Name, e => e.Code);
        Assert.Equal(new Dictionary<string, string>
        {
            ["cohort/copy of ana.txt"] = "duplicate",
            ["../escape.txt"] = "unsafe-path",
            ["/etc/absolute.txt"] = "unsafe-path",
            ["cohort/../../windows.txt"] = "unsafe-path",
            ["C:/drive.txt"] = "unsafe-path",
            ["cohort/link.txt"] = "symlink",
            ["cohort/nested.zip"] = "nested-archive",
            ["cohort/more.tar.gz"] = "nested-archive",
            ["cohort/secret.txt"] = "encrypted",
            ["cohort/huge.txt"] = "too-large",
            ["cohort/bomb.txt"] = "compression-ratio",
            ["cohort/lying.txt"] = "corrupt",
            ["cohort/photo.pdf"] = "unsupported-type",
            ["cohort/empty.txt"] = "empty",
        }, codes);
        Assert.Equal("cohort/ana-lima.txt", batch.Entry("cohort/copy of ana.txt").DuplicateOf);
        Assert.All(batch.Entries!, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        // Only the two resumes reached the blob store; nothing of the refused entries, the duplicate or the litter stayed.
        Assert.Equal(2, _app.StoredUploads().Count);
        Assert.Empty(_app.SpooledArchives());

        var ended = await _app.BatchesAs(_tenant.ApiKey).WaitForEndAsync(batch.Id, BatchTesting.Patience);
        Assert.Equal(2, ended.Completed);
        Assert.Equal(0, ended.Failed);
        var scans = await _app.WithDbAsync(db => db.Scans.AsNoTracking().Where(s => s.BatchId == Guid.Parse(batch.Id)).OrderBy(s => s.EntryIndex).ToListAsync());
        Assert.Equal(["cohort/ana-lima.txt", "cohort/jordan-avery.pdf"], scans.Select(s => s.EntryName));
        Assert.All(scans, s => Assert.Equal(_tenant.Id, s.TenantId));
    }

    [Fact]
    public async Task Files_sent_as_repeated_fields_are_judged_the_same_way()
    {
        var files = new (string, byte[])[]
        {
            ("marta.txt", ResumeFixtures.TextResume("Marta Lindqvist")),
            ("photo.pdf", ResumeFixtures.Gif()),
            ("marta again.txt", ResumeFixtures.TextResume("Marta Lindqvist")),
            ("big.txt", ResumeFixtures.LargeText(300_000)),
            ("cv.pdf", ResumeFixtures.TextPdf("Oskar Berg")),
        };

        using var response = await _app.BatchesAs(_tenant.ApiKey).SubmitFilesAsync(files, new Dictionary<string, string> { ["role"] = "data-engineer" });
        var batch = await BatchesClient.AcceptedAsync(response);

        Assert.Equal((2, 2, 1), (batch.Total, batch.Skipped, batch.Duplicates));
        Assert.Equal("data-engineer", batch.Role);
        Assert.Equal("unsupported-type", batch.Entry("photo.pdf").Code);
        Assert.Equal("too-large", batch.Entry("big.txt").Code);
        Assert.Equal("marta.txt", batch.Entry("marta again.txt").DuplicateOf);
        var ended = await _app.BatchesAs(_tenant.ApiKey).WaitForEndAsync(batch.Id, BatchTesting.Patience);
        Assert.Equal(2, ended.Completed);
    }

    [Fact]
    public async Task A_truncated_zip_is_a_422_problem_and_nothing_of_it_is_kept()
    {
        var zip = new ZipBuilder().Add("a.txt", ResumeFixtures.TextResume("A")).Add("b.txt", ResumeFixtures.TextResume("B")).Build();

        using var response = await _app.BatchesAs(_tenant.ApiKey).SubmitZipAsync(zip[..(zip.Length - 30)]);

        var (status, code, detail) = await Partners.ProblemOf(response);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "corrupt-archive"), (status, code));
        Assert.Contains("Nothing of it was kept", detail);
        Assert.Empty(_app.StoredUploads());
        Assert.Empty(_app.SpooledArchives());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Batches.CountAsync()));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Scans.CountAsync()));
    }

    [Fact]
    public async Task A_file_field_that_is_not_a_zip_is_refused_by_its_content()
    {
        using var response = await _app.BatchesAs(_tenant.ApiKey).SubmitZipAsync(ResumeFixtures.TextPdf(), "resumes.zip");

        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "unsupported-type"), Pick(await Partners.ProblemOf(response)));
        Assert.Empty(_app.SpooledArchives());
    }

    [Fact]
    public async Task A_zip_with_nothing_to_scan_is_a_422_that_lists_why()
    {
        var zip = new ZipBuilder().Add("photo.jpg", ResumeFixtures.Gif()).Add("__MACOSX/._photo.jpg", [1, 2, 3]).Build();

        using var response = await _app.BatchesAs(_tenant.ApiKey).SubmitZipAsync(zip);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "no-resumes"), Pick(await Partners.ProblemOf(response)));
        Assert.Contains("unsupported-type", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Batches.CountAsync()));
    }

    [Fact]
    public async Task Batches_are_for_tenants_only()
    {
        var zip = new ZipBuilder().Add("a.txt", ResumeFixtures.TextResume("A")).Build();

        using var anonymous = await _app.BatchesAs(null).SubmitZipAsync(zip);
        using var wrongKey = await _app.BatchesAs("rpk_" + new string('x', 43)).SubmitZipAsync(zip);

        Assert.Equal((HttpStatusCode.Unauthorized, "api-key-required"), Pick(await Partners.ProblemOf(anonymous)));
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid-api-key"), Pick(await Partners.ProblemOf(wrongKey)));
        Assert.Empty(_app.StoredUploads());
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_batch_and_a_different_body_is_refused()
    {
        var zip = new ZipBuilder().Add("a.txt", ResumeFixtures.TextResume("Idem Potent")).Build();
        var client = _app.BatchesAs(_tenant.ApiKey);

        var first = await BatchesClient.AcceptedAsync(await client.SubmitZipAsync(zip, idempotencyKey: "fair-2026"));
        var again = await BatchesClient.AcceptedAsync(await client.SubmitZipAsync(zip, idempotencyKey: "fair-2026"));
        using var other = await client.SubmitZipAsync(new ZipBuilder().Add("b.txt", ResumeFixtures.TextResume("Some One Else")).Build(), idempotencyKey: "fair-2026");

        Assert.Equal(first.Id, again.Id);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "idempotency-key-reused"), Pick(await Partners.ProblemOf(other)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Batches.CountAsync()));
        Assert.Single(_app.StoredUploads());
    }

    private static (HttpStatusCode, string?) Pick((HttpStatusCode Status, string? Code, string? Detail) problem) => (problem.Status, problem.Code);

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }
        return buffer.ToArray();
    }
}

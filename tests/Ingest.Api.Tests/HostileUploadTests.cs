using Pipeline.Testing;
using Resume.Fixtures;

namespace Ingest.Api.Tests;

/// <summary>
/// The all-in-one host (web page, API and every stage in one process) given the uploads that used to take it down: the
/// scan fails once with a reason, the scans around it complete, and the host serves on.
/// </summary>
public sealed class HostileUploadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_looping_pdf_fails_as_corrupt_while_the_scans_beside_it_complete()
    {
        await using var app = new AllInOneApp();
        var scans = app.Scans();

        var (looping, good) = await SubmitAsync(scans);

        Assert.Equal(("parse", "corrupt"), (looping.Failure!.Stage, looping.Failure.Code));
        Assert.Contains("loop", looping.Failure.Message);
        Assert.All(good, s => Assert.True(s.Status == "completed", $"{s.Id} ended {s.Status}: {s.Failure}"));
        Assert.Empty(scans.Regressions());
    }

    [Fact]
    public async Task With_the_guards_off_the_looping_pdf_crashes_only_a_parser_process_and_the_host_serves_on()
    {
        // The guard would refuse the loop before the reader sees it; off, the reader overflows its stack, as it would on
        // a file the guards miss. Before the parser processes, that ended this whole process.
        await using var app = new AllInOneApp(new Dictionary<string, string?> { ["Parsing:CheckStructure"] = "false" });
        var scans = app.Scans();

        var (looping, good) = await SubmitAsync(scans);

        Assert.Equal(("parse", "corrupt"), (looping.Failure!.Stage, looping.Failure.Code));
        Assert.Contains("round in circles", looping.Failure.Message);
        Assert.All(good, s => Assert.True(s.Status == "completed", $"{s.Id} ended {s.Status}: {s.Failure}"));
        var after = await scans.SubmitAcceptedAsync(PdfResume.SingleColumn(People.DataEngineer), "after.pdf");
        Assert.Equal("completed", (await scans.WaitForEndAsync(after.Id, Patience)).Status);
        Assert.Empty(scans.Regressions());
    }

    private static async Task<(ScanState Looping, IReadOnlyList<ScanState> Good)> SubmitAsync(ScansClient scans)
    {
        var good = new List<string>
        {
            (await scans.SubmitAcceptedAsync(PdfResume.SingleColumn(People.Backend), "before.pdf")).Id,
        };
        var looping = (await scans.SubmitAcceptedAsync(HostilePdfs.LoopingReferences(), "looping.pdf")).Id;
        good.Add((await scans.SubmitAcceptedAsync(DocxResume.Build(People.Designer), "beside.docx")).Id);
        good.Add((await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume(), "beside.txt")).Id);
        var ended = await scans.WaitForAllAsync([looping, .. good], Patience);
        var failed = ended.Single(s => s.Id == looping);
        Assert.Equal("failed", failed.Status);
        return (failed, ended.Where(s => s.Id != looping).ToList());
    }
}

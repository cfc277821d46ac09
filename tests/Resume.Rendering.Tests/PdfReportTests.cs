using Resume.Model;

namespace Resume.Rendering.Tests;

public sealed class PdfReportTests
{
    private readonly ReportRenderer _renderer = new();

    [Fact]
    public void Every_check_is_in_the_text_layer_with_its_status_on_the_title_line_its_detail_evidence_and_fix()
    {
        var score = Samples.Score(Samples.Match());

        var pdf = PdfText.Read(Render(Samples.Resume(), score));

        var all = Unquoted(PdfText.Squash(pdf.All));
        var lines = pdf.Lines.ToList();
        foreach (var check in score.Checks)
        {
            var label = check.Status switch { CheckStatus.Pass => "PASS", CheckStatus.Warn => "IMPROVE", _ => "FAIL" };
            Assert.Contains(lines, l => l.StartsWith($"{label} {check.Title}", StringComparison.Ordinal));
            Assert.Contains(check.Detail, all, StringComparison.Ordinal);
            Assert.All(check.Evidence, e => Assert.Contains(e, all, StringComparison.Ordinal));
            Assert.Contains(check.Fix, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lines_the_parser_could_not_place_are_in_the_text_layer_under_their_heading()
    {
        var resume = Samples.Resume() with
        {
            Meta = new ResumeMeta { Unplaced = [new("Tandem skydiving instructor, 300 jumps", "Beyond the Desk")], UnplacedMore = 2 },
        };

        var all = PdfText.Squash(PdfText.Read(Render(resume, Samples.Score())).All);

        Assert.Contains("Lines we could not place", all, StringComparison.Ordinal);
        Assert.Contains("Beyond the Desk: Tandem skydiving instructor, 300 jumps", all, StringComparison.Ordinal);
        Assert.Contains("may drop them too", all, StringComparison.Ordinal);
        Assert.Contains("and 2 more lines", all, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_match_advice_and_page_numbers_are_in_the_text_layer()
    {
        var pdf = PdfText.Read(Render(Samples.Resume(), Samples.Score(Samples.Match())));

        var all = PdfText.Squash(pdf.All);
        Assert.Contains(pdf.Lines, l => l == "72");
        Assert.Contains("out of 100", all, StringComparison.Ordinal);
        Assert.Contains("Structure 55", all, StringComparison.Ordinal);
        Assert.Contains("Missing, and important", all, StringComparison.Ordinal);
        Assert.Contains("Kafka Terraform", all, StringComparison.Ordinal);
        Assert.Contains("Also missing gRPC Elasticsearch", all, StringComparison.Ordinal);
        Assert.All(Samples.Guide().Advice, a => Assert.Contains(a, all, StringComparison.Ordinal));
        Assert.Contains($"Page {pdf.PageCount} of {pdf.PageCount}", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("José Álvarez-Núñez")]
    [InlineData("王小明")]
    [InlineData("Zoë Ærøskøbing 김민준")]
    public void Accented_and_cjk_names_come_back_intact(string name)
    {
        var pdf = PdfText.Read(Render(Samples.Resume(name), Samples.Score()));

        Assert.Contains(pdf.Lines, l => l == name);
    }

    [Fact]
    public void Hostile_text_is_drawn_as_text()
    {
        var score = Samples.Score() with { Checks = [new("x", Samples.Hostile, CheckStatus.Fail, 1, "format", Samples.Hostile, [Samples.Hostile], Samples.Hostile)] };

        var pdf = PdfText.Read(Render(Samples.Resume(Samples.Hostile), score));

        Assert.Contains(Samples.Hostile, PdfText.Squash(pdf.All), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_too_long_for_its_page_cap_stops_there_and_says_so()
    {
        var evidence = Enumerable.Range(0, 50).Select(i => $"evidence line {i} " + string.Concat(Enumerable.Repeat("word ", 200))).ToList();
        var checks = Enumerable.Range(0, 2_000)
            .Select(i => new CheckResult($"c{i}", $"Check {i}", CheckStatus.Warn, 1, "content", new string('d', 50_000), evidence, string.Concat(Enumerable.Repeat("fix ", 2_000))))
            .ToList();
        var limits = RenderLimits.Default;

        var bytes = Render(Samples.Resume(), Samples.Score() with { Checks = checks });
        var pdf = PdfText.Read(bytes);

        Assert.Equal(limits.MaxReportPages, pdf.PageCount);
        Assert.InRange(bytes.Length, 1, 3_000_000);
        Assert.Contains($"reached its limit of {limits.MaxReportPages} pages", PdfText.Squash(string.Join(" ", pdf.Lines.TakeLast(6))), StringComparison.Ordinal);
    }

    [Fact]
    public void Very_long_unbroken_words_are_cut_to_stay_on_the_page()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 300));
        var score = Samples.Score() with { Checks = [new("x", "Long", CheckStatus.Fail, 1, "format", word, [word], word)] };

        var bytes = Render(Samples.Resume(word), score);

        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        foreach (var page in document.GetPages())
        {
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width));
        }
    }

    [Fact]
    public void A_score_read_back_from_its_json_file_renders_like_the_original()
    {
        var score = Samples.Score(Samples.Match()) with
        {
            Checks = [new("no-evidence", "A check with nothing to quote", CheckStatus.Pass, 3, "format", "All good.", [], "")],
        };

        var read = ResumeJson.Deserialize<ScoreReport>(ResumeJson.Serialize(score));
        var html = _renderer.RenderHtml(Samples.Resume(), read);

        Assert.Empty(Assert.Single(read.Checks).Evidence);
        Assert.Equal(_renderer.RenderHtml(Samples.Resume(), score), html);
        Assert.Contains("A check with nothing to quote", PdfText.Squash(PdfText.Read(Render(Samples.Resume(), read)).All), StringComparison.Ordinal);
    }

    private byte[] Render(ResumeDocument resume, ScoreReport score)
    {
        using var output = new MemoryStream();
        _renderer.RenderPdf(resume, score, output);
        return output.ToArray();
    }

    private static string Unquoted(string text) => text.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
}

using System.Text.Json;
using Resume.Model;
using Resume.Rendering;

namespace Pipeline.Cli.Tests;

public sealed class ScanCommandTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("scan-");
    private string Inputs => Path.Combine(_root.FullName, "in");
    private string Output => Path.Combine(_root.FullName, "out");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Every_input_gets_its_six_results_and_a_row_in_the_summary()
    {
        WriteText("people/ana.txt", PlainResume);
        WriteDocx("people/deep/bo.docx", "Bo Lindqvist");

        var (code, stdout, stderr) = await Run("scan", Inputs, "--out", Output);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        foreach (var input in new[] { "people/ana.txt", "people/deep/bo.docx" })
        {
            foreach (var suffix in new[] { ".json", ".score.json", ".report.html", ".report.pdf", ".optimized.pdf", ".optimized.docx" })
            {
                var file = new FileInfo(Path.Combine(Output, input + suffix));
                Assert.True(file.Exists && file.Length > 0, $"{input}{suffix} is missing");
            }
            using var score = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, input + ".score.json")));
            var value = score.RootElement.GetProperty("score").GetInt32();
            Assert.InRange(value, 0, 100);
            Assert.Matches($@"\| {System.Text.RegularExpressions.Regex.Escape(input)}\s+\|\s+{value} \| ok", stdout);
        }
        var resume = ResumeJson.Deserialize<ResumeDocument>(File.ReadAllText(Path.Combine(Output, "people/deep/bo.docx.json")));
        Assert.Equal("Bo Lindqvist", resume.Basics.Name);
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(Output, "people/ana.txt.report.pdf"))[..4], StringComparison.Ordinal);
        Assert.Contains("2 resumes in", stdout, StringComparison.Ordinal);
        Assert.Contains("2 succeeded, 0 failed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_each_resume_is_scored_against_the_guide_it_fits_and_a_named_role_says_when_it_does_not_fit()
    {
        WriteText("nurse.txt", Resume.Fixtures.TextResume.Plain(Resume.Fixtures.FieldPeople.Nurse));

        var (auto, _, _) = await Run("scan", Inputs, "--out", Output);
        var chosen = ResumeJson.Deserialize<ScoreReport>(File.ReadAllText(Path.Combine(Output, "nurse.txt.score.json")));
        var (named, _, _) = await Run("scan", Inputs, "--out", Output, "--role", "backend-developer");
        var told = ResumeJson.Deserialize<ScoreReport>(File.ReadAllText(Path.Combine(Output, "nurse.txt.score.json")));

        Assert.Equal((0, 0), (auto, named));
        Assert.Equal(("registered-nurse", RoleFits.Good, true), (chosen.RoleFit!.Role, chosen.RoleFit.Fit, chosen.RoleFit.Chosen));
        Assert.Equal(("backend-developer", RoleFits.Poor, "registered-nurse"), (told.RoleFit!.Role, told.RoleFit.Fit, told.RoleFit.BestRole));
        Assert.True(told.Score < 50, $"{told.Score}");
        Assert.Contains("does not fit", File.ReadAllText(Path.Combine(Output, "nurse.txt.report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanned_pdf_gets_its_report_and_no_rewrite()
    {
        Directory.CreateDirectory(Inputs);
        await File.WriteAllBytesAsync(Path.Combine(Inputs, "scan.pdf"), Resume.Fixtures.PdfResume.ImageOnly());

        var (code, _, stderr) = await Run("scan", Inputs, "--out", Output);

        Assert.Equal((0, ""), (code, stderr));
        Assert.True(File.Exists(Path.Combine(Output, "scan.pdf.report.pdf")));
        Assert.False(File.Exists(Path.Combine(Output, "scan.pdf.optimized.pdf")));
        Assert.False(File.Exists(Path.Combine(Output, "scan.pdf.optimized.docx")));
        Assert.False(ResumeJson.Deserialize<ScoreReport>(File.ReadAllText(Path.Combine(Output, "scan.pdf.score.json"))).Readable);
    }

    [Fact]
    public async Task A_file_that_is_not_a_resume_fails_at_parse_with_what_it_is()
    {
        WriteText("notes.txt", "Groceries\n- milk\n- eggs\nCall the bank on Friday\n");

        var (code, _, stderr) = await Run("scan", Inputs, "--out", Output);

        Assert.Equal(1, code);
        Assert.Contains("notes.txt: parse failed (not-a-resume): This file reads as notes", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirected_output_shows_one_plain_progress_line_per_resume()
    {
        WriteText("a.txt", PlainResume);
        WriteText("b.txt", PlainResume);

        var (_, stdout, _) = await Run("scan", Inputs, "--out", Output);

        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("[1/2] ", StringComparison.Ordinal));
        Assert.Contains(stdout.Split('\n'), l => l.StartsWith("[2/2] ", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_input_fails_alone_with_one_line_on_stderr_and_exit_code_1()
    {
        WriteText("good.txt", PlainResume);
        File.WriteAllBytes(Path.Combine(Inputs, "broken.pdf"), [.. "%PDF-1.7\n"u8, .. Enumerable.Repeat((byte)0x9c, 4096)]);

        var (code, stdout, stderr) = await Run("scan", Inputs, "--out", Output);

        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("broken.pdf: parse failed (", line, StringComparison.Ordinal);
        Assert.Contains("failed (parse)", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Output, "broken.pdf.json")));
        Assert.True(File.Exists(Path.Combine(Output, "good.txt.optimized.docx")));
    }

    [Fact]
    public async Task A_job_posting_adds_the_match_to_the_score_and_to_the_report()
    {
        WriteText("ana.txt", PlainResume);
        var posting = Path.Combine(_root.FullName, "posting.txt");
        File.WriteAllText(posting, "Backend engineer. Required: C#, PostgreSQL, Kafka and Kubernetes. Nice to have: Terraform.");

        var (code, _, _) = await Run("scan", Inputs, "--out", Output, "--job", posting);

        Assert.Equal(0, code);
        var score = ResumeJson.Deserialize<ScoreReport>(File.ReadAllText(Path.Combine(Output, "ana.txt.score.json")));
        Assert.NotNull(score.Match);
        Assert.Contains(score.Match.Missing, t => t.Contains("Kafka", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<h2>Job posting match</h2>", File.ReadAllText(Path.Combine(Output, "ana.txt.report.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--role", "astronaut", "astronaut")]
    [InlineData("--job", "no-such-posting.txt", "no-such-posting.txt")]
    [InlineData("--out", null, "--out")]
    public async Task Bad_usage_exits_with_2_and_says_why(string option, string? value, string named)
    {
        WriteText("ana.txt", PlainResume);
        string[] args = option == "--out"
            ? ["scan", Inputs]
            : ["scan", Inputs, "--out", Output, option, Path.Combine(_root.FullName, value!)];

        var (code, _, stderr) = await Run(args);

        Assert.Equal(2, code);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_inputs_that_would_write_the_same_results_are_refused_before_anything_is_written()
    {
        WriteText("a/cv.txt", PlainResume);
        WriteText("b/cv.txt", PlainResume);

        var (code, _, stderr) = await Run("scan", Path.Combine(Inputs, "a"), Path.Combine(Inputs, "b"), "--out", Output);

        Assert.Equal(2, code);
        Assert.Contains("cv.txt", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private void WriteText(string relative, string text)
    {
        var path = Path.Combine(Inputs, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A real Word resume, drawn by the product's own rewrite writer.</summary>
    private void WriteDocx(string relative, string name)
    {
        var path = Path.Combine(Inputs, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var resume = new ResumeDocument
        {
            Basics = new Basics { Name = name, Email = "bo@example.com", Phone = "+46 70 123 45 67", Summary = "Backend developer building Go and PostgreSQL services." },
            Work = [new Work { Name = "Spotify", Position = "Backend Developer", StartDate = "2020-02", Highlights = ["Built a Go service handling 20K requests per second"] }],
            Skills = [new Skill { Name = "Languages", Keywords = ["Go", "SQL"] }],
        };
        using var file = File.Create(path);
        new OptimizedResumeWriter().WriteDocx(resume, new GuideSummary { SectionOrder = [SectionKinds.Summary, SectionKinds.Skills, SectionKinds.Work] }, file);
    }

    private const string PlainResume = """
        Ana Souza
        ana.souza@example.com | +1 415 555 0134 | Austin, TX | github.com/anasouza

        SUMMARY
        Backend developer with 5 years of experience building REST APIs in C# and PostgreSQL.

        EXPERIENCE
        Senior Backend Developer, Lumen Health                 Mar 2021 - Present
        - Cut API latency by 45% by adding Redis caching for 2M daily requests
        - Designed 30 REST endpoints documented with OpenAPI

        Backend Developer, Parcel Post                         Jun 2018 - Feb 2021
        - Migrated 4 services to Docker and Kubernetes with zero downtime

        EDUCATION
        University of Texas at Austin
        B.S., Computer Science, 2018

        SKILLS
        Languages: C#, SQL, Python
        Databases: PostgreSQL, Redis
        """;
}

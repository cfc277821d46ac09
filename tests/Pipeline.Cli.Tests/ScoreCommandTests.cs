using System.Text.Json;
using Pipeline.Cli;

namespace Pipeline.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("score-cli-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task An_unknown_role_is_bad_usage_and_lists_the_known_roles()
    {
        var resume = Write("a.txt", "Ada Quinn\nada@example.com\n");

        var (code, _, stderr) = await Run("score", resume, "--role", "astronaut");

        Assert.Equal(CliApp.BadUsage, code);
        Assert.Contains("--role astronaut: no such role guide. Use 'auto' or one of: accountant, backend-developer,", stderr);
        Assert.Contains("registered-nurse", stderr);
    }

    [Fact]
    public async Task Several_inputs_without_an_output_folder_is_bad_usage()
    {
        var (code, stdout, stderr) = await Run("score", Write("a.txt", "A"), Write("b.txt", "B"));

        Assert.Equal(CliApp.BadUsage, code);
        Assert.Contains("2 resumes found", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task A_job_posting_that_does_not_exist_is_bad_usage()
    {
        var (code, _, stderr) = await Run("score", Write("a.txt", "A"), "--job", Path.Combine(_root.FullName, "nope.txt"));

        Assert.Equal(CliApp.BadUsage, code);
        Assert.Contains("nope.txt: no such job posting file.", stderr);
    }

    [Fact]
    public async Task A_file_that_cannot_be_parsed_is_one_failure_line_and_no_score_file()
    {
        var bad = Write("cases/bad.pdf", "%PDF-1.7\nthis is not a PDF body");
        var output = Path.Combine(_root.FullName, "out");

        var (code, _, stderr) = await Run("score", Path.Combine(_root.FullName, "cases"), "--out", output);

        Assert.Equal(CliApp.SomeFailed, code);
        Assert.StartsWith("bad.pdf: parse failed (", stderr.Trim());
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(File.Exists(Path.Combine(output, "bad.pdf.score.json")));
        Assert.True(File.Exists(bad));
    }

    private const string StrongResume = """
        Ada Quinn
        Senior Backend Engineer
        ada.quinn@example.com | +44 20 7946 0123 | Leeds, UK | github.com/adaq

        SUMMARY
        Backend engineer with 7 years of experience building payment APIs in Go and PostgreSQL. Cut checkout latency by 45% for 2M monthly users and run Kafka pipelines in production.

        SKILLS
        Languages: Go, Java, Python
        Databases: PostgreSQL, Redis
        Infrastructure: Docker, Kubernetes, Kafka, AWS

        EXPERIENCE
        Senior Backend Engineer, Ledgerline — Mar 2022 – Present
        - Architected an order API in Go serving 40K requests per minute with 99.95% uptime
        - Optimized 15 slow PostgreSQL queries with composite indexes, cutting p95 latency from 900 ms to 120 ms
        - Implemented OAuth 2.0 sign-in and encrypted personal data for 2M users

        Backend Engineer, Parcelpath — Jan 2019 – Feb 2022
        - Built integration tests that raised coverage from 55% to 88%
        - Designed a Kafka event pipeline processing 3M events per day

        EDUCATION
        BSc Computer Science, University of Leeds, 2015 – 2018
        """;

    private const string WeakResume = """
        Ada Quinn
        ada.quinn@example.com

        EDUCATION
        BSc Computer Science, University of Leeds, 2015 – 2018

        EXPERIENCE
        Backend Engineer, Parcelpath — Jan 2019 – Feb 2022
        - Responsible for integration tests
        - Worked on a Kafka event pipeline

        Senior Backend Engineer, Ledgerline — Mar 2022 – Present
        - Helped with the order API in Go
        - Duties included tuning PostgreSQL queries

        SKILLS
        Go, Java, Python, PostgreSQL, Redis, Docker, Kubernetes, Kafka, AWS
        """;

    [Fact]
    public async Task A_folder_is_scored_into_score_json_files_that_mirror_it_and_the_weak_resume_scores_lower()
    {
        Write("cases/strong/ada.txt", StrongResume);
        Write("cases/weak/ada.txt", WeakResume);
        var output = Path.Combine(_root.FullName, "out");

        var (code, stdout, stderr) = await Run("score", Path.Combine(_root.FullName, "cases"), "--out", output);

        Assert.Equal(CliApp.Ok, code);
        Assert.Empty(stderr);
        Assert.Empty(stdout);
        using var strong = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "strong", "ada.txt.score.json")));
        using var weak = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "weak", "ada.txt.score.json")));
        Assert.True(strong.RootElement.GetProperty("score").GetInt32() > weak.RootElement.GetProperty("score").GetInt32() + 20);
        Assert.Equal(["ats", "structure", "content", "skills"], strong.RootElement.GetProperty("subscores").EnumerateObject().Select(p => p.Name));
        Assert.False(strong.RootElement.TryGetProperty("match", out _));

        var verbs = weak.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "action-verbs");
        Assert.Equal("fail", verbs.GetProperty("status").GetString());
        Assert.Equal(10, verbs.GetProperty("weight").GetInt32());
        Assert.Contains("Responsible for integration tests", verbs.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Verbs from the Backend Developer guide", verbs.GetProperty("fix").GetString());
    }

    [Fact]
    public async Task One_resume_without_an_output_folder_prints_its_score_with_the_job_match()
    {
        var resume = Write("ada.txt", StrongResume);
        var posting = Write("posting.txt", "Requirements:\n- Go and PostgreSQL\n- Rust\nNice to have: GraphQL\n");

        var (code, stdout, stderr) = await Run("score", resume, "--job", posting, "--role", "backend-developer");

        Assert.Equal(CliApp.Ok, code);
        Assert.Empty(stderr);
        using var report = JsonDocument.Parse(stdout);
        var match = report.RootElement.GetProperty("match");
        Assert.Equal(["Go", "PostgreSQL"], match.GetProperty("matched").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Rust", "GraphQL"], match.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.InRange(match.GetProperty("rate").GetDouble(), 0.5, 0.8);
        Assert.True(report.RootElement.GetProperty("subscores").TryGetProperty("match", out _));
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_fails_alone_and_the_good_ones_are_still_scored()
    {
        Write("cases/a.txt", StrongResume);
        Write("cases/b.pdf", "%PDF-1.7\nnot really");
        Write("cases/c.txt", WeakResume);
        var output = Path.Combine(_root.FullName, "out");

        var (code, _, stderr) = await Run("score", Path.Combine(_root.FullName, "cases"), "--out", output, "--role", "frontend-developer");

        Assert.Equal(CliApp.SomeFailed, code);
        Assert.StartsWith("b.pdf: parse failed (", stderr.Trim());
        Assert.True(File.Exists(Path.Combine(output, "a.txt.score.json")));
        Assert.True(File.Exists(Path.Combine(output, "c.txt.score.json")));
        Assert.Contains("\"role\": \"frontend-developer\"", File.ReadAllText(Path.Combine(output, "a.txt.score.json")));
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

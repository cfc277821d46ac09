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
        Assert.Contains("Unknown role 'astronaut'. Known roles: backend-developer, data-engineer, frontend-developer.", stderr);
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

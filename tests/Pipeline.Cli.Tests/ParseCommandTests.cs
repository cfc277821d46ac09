using System.Text;
using Pipeline.Cli;
using Resume.Fixtures;
using Resume.Model;

namespace Pipeline.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("parse-cli-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task One_resume_prints_its_json_to_stdout_and_exits_0()
    {
        var file = Write("cv.pdf", PdfResume.SingleColumn(People.Backend));

        var (code, stdout, stderr) = await Run("parse", file);

        Assert.Equal(CliApp.Ok, code);
        Assert.Empty(stderr);
        var resume = ResumeJson.Deserialize<ResumeDocument>(stdout);
        Assert.Equal(People.Backend.Name, resume.Basics.Name);
        Assert.Equal("pdf", resume.Meta.FileType);
    }

    [Fact]
    public async Task A_folder_with_out_mirrors_the_relative_paths_and_reports_failures_on_stderr_with_exit_1()
    {
        Write("cases/case-01/a.pdf", PdfResume.SingleColumn(People.Designer));
        Write("cases/case-01/b.docx", DocxResume.Build(People.Backend));
        Write("cases/case-02/c.txt", Encoding.UTF8.GetBytes(TextResume.Plain(People.DataEngineer)));
        Write("cases/case-02/locked.pdf", PdfResume.Encrypted(People.Backend));
        var output = Path.Combine(_root.FullName, "out");

        var (code, stdout, stderr) = await Run("parse", Path.Combine(_root.FullName, "cases"), "--out", output);

        Assert.Equal(CliApp.SomeFailed, code);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("case-02/locked.pdf", line.Replace('\\', '/'));
        Assert.Contains("parse failed (encrypted)", line);
        Assert.Equal(
            ["case-01/a.pdf.json", "case-01/b.docx.json", "case-02/c.txt.json"],
            Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        var designer = ResumeJson.Deserialize<ResumeDocument>(File.ReadAllText(Path.Combine(output, "case-01", "a.pdf.json")));
        Assert.Equal(People.Designer.Name, designer.Basics.Name);
    }

    [Fact]
    public async Task Photos_and_scans_in_a_folder_are_read_with_ocr_and_warn_first_that_an_ats_reads_nothing()
    {
        var resume = PdfResume.SingleColumn(People.Backend);
        Write("photos/phone.jpg", Pictures.Of(resume, PictureFormat.Jpeg));
        Write("photos/scanner/page.png", Pictures.Of(resume, PictureFormat.Png));
        var output = Path.Combine(_root.FullName, "out");

        var (code, _, stderr) = await Run("parse", Path.Combine(_root.FullName, "photos"), "--out", output);

        Assert.True(code == CliApp.Ok, stderr);
        foreach (var (json, type) in new[] { ("phone.jpg.json", "jpeg"), ("scanner/page.png.json", "png") })
        {
            var read = ResumeJson.Deserialize<ResumeDocument>(File.ReadAllText(Path.Combine(output, json)));
            Assert.Equal(type, read.Meta.FileType);
            Assert.Equal(ParseWarningCodes.ImageOnly, read.Meta.Warnings[0].Code);
            Assert.Equal(People.Backend.Name, read.Basics.Name);
            Assert.Contains(read.Skills.SelectMany(s => s.Keywords), k => k == "Kubernetes");
        }
    }

    [Fact]
    public async Task Several_resumes_without_out_is_bad_usage()
    {
        Write("a.txt", "Jane Roe\njane@example.com"u8.ToArray());
        Write("b.txt", "John Roe\njohn@example.com"u8.ToArray());

        var (code, stdout, stderr) = await Run("parse", _root.FullName);

        Assert.Equal(CliApp.BadUsage, code);
        Assert.Empty(stdout);
        Assert.Contains("--out", stderr);
    }

    [Fact]
    public async Task A_missing_input_or_unknown_option_is_bad_usage()
    {
        Assert.Equal(CliApp.BadUsage, (await Run("parse", Path.Combine(_root.FullName, "nope.pdf"))).Code);
        Assert.Equal(CliApp.BadUsage, (await Run("parse", _root.FullName, "--bogus")).Code);
        Assert.Equal(CliApp.BadUsage, (await Run("parse", _root.FullName)).Code); // an empty folder
    }

    [Fact]
    public async Task A_file_named_directly_is_parsed_by_content_whatever_its_extension()
    {
        var file = Write("resume.bin", DocxResume.Build(People.Designer));

        var (code, stdout, _) = await Run("parse", file);

        Assert.Equal(CliApp.Ok, code);
        Assert.Equal("docx", ResumeJson.Deserialize<ResumeDocument>(stdout).Meta.FileType);
    }

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

using System.Diagnostics;
using Pipeline.Cli;
using Resume.Fixtures;
using Resume.Model;

namespace Pipeline.Cli.Tests;

/// <summary>
/// A hostile file among good ones costs one failure line, never the command: the 2 KB looping PDF used to end
/// <c>parse</c> with exit 134 (a stack overflow in the reader, which .NET cannot catch).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("hostile-cli-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task The_looping_pdf_among_good_resumes_fails_on_one_line_and_the_rest_are_parsed()
    {
        var cases = Cases();
        var output = Path.Combine(_root.FullName, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["parse", cases, "--out", output], stdout, stderr);

        Assert.Equal(CliApp.SomeFailed, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("looping.pdf: parse failed (corrupt)", line);
        Assert.True(File.Exists(Path.Combine(output, "good.pdf.json")));
        Assert.True(File.Exists(Path.Combine(output, "good.docx.json")));
    }

    [Fact]
    public async Task With_the_guards_off_the_built_command_loses_only_the_parser_process_the_looping_pdf_crashed()
    {
        // The guard catches this loop; turned off, the file reaches the reader and overflows its stack, as a file the
        // guards miss would. The command (the built binary, as users run it) must live on.
        var cases = Cases();
        var output = Path.Combine(_root.FullName, "out");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "pipeline.dll"), "parse", cases, "--out", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["Parsing__CheckStructure"] = "false" },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(CliApp.SomeFailed, process.ExitCode);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("looping.pdf: parse failed (corrupt): Reading the file sent the reader round in circles", line);
        var good = ResumeJson.Deserialize<ResumeDocument>(await File.ReadAllTextAsync(Path.Combine(output, "good.pdf.json")));
        Assert.Equal(People.Backend.Name, good.Basics.Name);
        Assert.True(File.Exists(Path.Combine(output, "good.docx.json")));
    }

    [Fact]
    public async Task A_parsing_setting_that_does_not_parse_is_a_usage_error_naming_the_variables()
    {
        // The CLI reads the services' Parsing__* variables itself; a typo must say so, not crash with a stack trace.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "pipeline.dll"), "parse", Cases(), "--out", _root.FullName])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["Parsing__Timeout"] = "thirty seconds" },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(CliApp.BadUsage, process.ExitCode);
        Assert.Contains("A Parsing__* environment variable is not valid", await stderr);
    }

    private string Cases()
    {
        var cases = Path.Combine(_root.FullName, "cases");
        Directory.CreateDirectory(cases);
        File.WriteAllBytes(Path.Combine(cases, "good.pdf"), PdfResume.SingleColumn(People.Backend));
        File.WriteAllBytes(Path.Combine(cases, "looping.pdf"), HostilePdfs.LoopingReferences());
        File.WriteAllBytes(Path.Combine(cases, "good.docx"), DocxResume.Build(People.Designer));
        return cases;
    }
}

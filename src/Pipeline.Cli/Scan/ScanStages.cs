using Pipeline.Cli.Commands;
using Pipeline.Cli.Inputs;
using Resume.Model;
using Resume.Parsing.Isolation;
using Resume.Rendering;
using Resume.Scoring;

namespace Pipeline.Cli.Scan;

/// <summary>
/// Parse, score and render one input in-process and write its six files next to each other under the output folder
/// (four for a résumé with no text: no rewrite).
/// Each stage's failure is reported as that stage's error; nothing here throws for a bad resume.
/// </summary>
public sealed class ScanStages(IParseSandbox parser, ResumeScorer scorer, string role, string? posting, string outputDirectory)
{
    private readonly ReportRenderer _report = new();
    private readonly OptimizedResumeWriter _rewrite = new();

    public static readonly IReadOnlyList<string> Suffixes =
        [".json", ".score.json", ".report.html", ".report.pdf", ".optimized.pdf", ".optimized.docx"];

    public async ValueTask<ScanOutcome> RunAsync(InputFile file, CancellationToken ct)
    {
        var parsed = await ParseCommand.ParseFileAsync(parser, file, ct);
        if (parsed.Resume is not { } resume)
        {
            return new ScanOutcome(file, null, parsed.Error);
        }
        if (Write(file, ".json", s => WriteText(s, ResumeJson.Serialize(resume))) is { } parseWriteError)
        {
            return new ScanOutcome(file, null, parseWriteError with { Stage = Stages.Parse });
        }

        ScoreReport score;
        try
        {
            score = scorer.Score(resume, role, posting);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ScanOutcome(file, null, new StageError(Stages.Score, ErrorCodes.Internal, $"The resume could not be scored: {e.Message}"));
        }
        if (Write(file, ".score.json", s => WriteText(s, ResumeJson.Serialize(score))) is { } scoreWriteError)
        {
            return new ScanOutcome(file, score.Score, scoreWriteError with { Stage = Stages.Score });
        }

        ct.ThrowIfCancellationRequested();
        var renderError =
            Write(file, ".report.html", s => WriteText(s, _report.RenderHtml(resume, score)))
            ?? Write(file, ".report.pdf", s => _report.RenderPdf(resume, score, s));
        // A résumé with no text (a scan without OCR) gets its report and no rewrite: there is nothing to rewrite.
        if (renderError is null && score.Readable)
        {
            renderError = Write(file, ".optimized.pdf", s => _rewrite.WritePdf(resume, score.Guide, s))
                ?? Write(file, ".optimized.docx", s => _rewrite.WriteDocx(resume, score.Guide, s));
        }
        return new ScanOutcome(file, score.Score, renderError);
    }

    /// <summary>Writes one output; a failure becomes a render error naming the file it was drawing.</summary>
    private StageError? Write(InputFile file, string suffix, Action<Stream> write)
    {
        var path = file.OutputPath(outputDirectory, suffix);
        try
        {
            using var stream = OutputFiles.Create(path);
            write(stream);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TryDelete(path);
            var what = e is IOException or UnauthorizedAccessException ? "could not be written" : "could not be drawn";
            return new StageError(Stages.Render, ErrorCodes.Internal, $"{Path.GetFileName(path)} {what}: {e.Message}");
        }
    }

    private static void WriteText(Stream stream, string text)
    {
        using var writer = new StreamWriter(stream, leaveOpen: true);
        writer.Write(text);
    }

    // A half-written file would look like a result; better none.
    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

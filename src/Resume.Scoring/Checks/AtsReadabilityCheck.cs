using Resume.Model;

namespace Resume.Scoring.Checks;

/// <summary>
/// Can an applicant tracking system read the text, in order: a text layer at all, no text inside pictures, no columns,
/// tables or text boxes that scramble the reading order, nothing important in page headers or footers, a file type
/// application forms accept.
/// </summary>
internal sealed class AtsReadabilityCheck : ResumeCheck
{
    private static readonly (string Code, double Penalty, string Problem, string Fix)[] LayoutProblems =
    [
        (ParseWarningCodes.TextInImages, 0.35, "part of the text is inside images",
            "Type that text instead of pasting it as a picture (logos and skill badges often hide text this way)."),
        (ParseWarningCodes.MultiColumn, 0.25, "the layout has several columns",
            "Use one column: put the sidebar's skills and contact details into their own sections at the top."),
        (ParseWarningCodes.Tables, 0.2, "content sits in tables",
            "Replace the table with plain lines, for example 'Senior Engineer, Acme — 2021 to present' on one line."),
        (ParseWarningCodes.TextBoxes, 0.25, "content sits in text boxes",
            "Move the text out of text boxes into the body of the document."),
        (ParseWarningCodes.HeaderFooterContent, 0.15, "details sit in the page header or footer",
            "Move contact details out of the page header or footer into the first lines of the page."),
    ];

    public override string Id => CheckIds.AtsReadability;
    public override string Title => "An ATS can read the text in order";
    public override int Weight => 12;
    public override string Category => ScoreCategories.Ats;

    public override CheckOutcome Run(CheckContext context)
    {
        var meta = context.Resume.Meta;
        var warnings = meta.Warnings;
        if (context.HasWarning(ParseWarningCodes.ImageOnly))
        {
            return new CheckOutcome(0, CheckStatus.Fail,
                $"The file has no text layer{PagesOf(meta)}: an applicant tracking system sees an empty page and files no name, no skills and no experience.",
                // When OCR read the words, say so beside the finding: the other checks judged what OCR read, not what an ATS sees.
                [.. Quote(warnings, ParseWarningCodes.ImageOnly), .. warnings.Where(w => w.Code == ParseWarningCodes.ReadByOcr).Select(w => $"Parser: {w.Message}")],
                "Export the résumé from your word processor as a PDF or DOCX with real text, not a scan or a photo; check that you can select and copy its words.");
        }

        var penalty = 0.0;
        var problems = new List<string>();
        var fixes = new List<string>();
        var evidence = new List<string>();
        foreach (var (code, weight, problem, fix) in LayoutProblems)
        {
            if (context.HasWarning(code))
            {
                penalty += weight;
                problems.Add(problem);
                fixes.Add(fix);
                evidence.AddRange(Quote(warnings, code));
            }
        }

        var type = meta.FileType?.ToLowerInvariant();
        string? typeProblem = null;
        if (type is "txt" or "md")
        {
            penalty += 0.1;
            typeProblem = $"it is a .{type} file, which many application forms do not accept";
            fixes.Add("Upload it as PDF or DOCX; keep this plain-text copy for pasting into forms.");
            evidence.Add($"File type: {type}");
        }
        else if (type is not null and not ("pdf" or "docx"))
        {
            penalty += 0.3;
            typeProblem = $"the file type '{type}' is not one applicant tracking systems read reliably";
            fixes.Add("Save it as PDF or DOCX.");
            evidence.Add($"File type: {type}");
        }

        var score = Math.Max(0, 1 - penalty);
        if (problems.Count == 0 && typeProblem is null)
        {
            var what = type is null ? "No layout problems were reported" : $"A {type.ToUpperInvariant()} file with a text layer and no layout problems";
            return CheckOutcome.Pass(1, $"{what}: the text reads in order.");
        }
        var detail = problems.Count == 0
            ? $"The text reads in order, but {typeProblem}."
            : $"The text layer is there, but {Wording.Count(problems.Count, "layout problem")} may make parsers read lines out of order or miss them: {Wording.Join(problems)}"
              + (typeProblem is null ? "." : $"; also, {typeProblem}.");
        return new CheckOutcome(score, score < 0.5 ? CheckStatus.Fail : CheckStatus.Warn, detail, evidence, string.Join(" ", fixes));
    }

    private static string PagesOf(ResumeMeta meta) => meta.PageCount switch
    {
        0 => "",
        1 => " on its one page",
        var pages => $" on any of its {Wording.Count(pages, "page")}",
    };

    private static IReadOnlyList<string> Quote(IReadOnlyList<ParseWarning> warnings, string code) =>
        warnings.Where(w => w.Code == code).Select(w => $"Parser: {w.Message}").ToList() is { Count: > 0 } quoted
            ? quoted
            : [$"Parser warning: {code}"];
}

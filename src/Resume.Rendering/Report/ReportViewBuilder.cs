using Resume.Model;
using Resume.Rendering.Text;

namespace Resume.Rendering.Report;

/// <summary>Turns a resume and its score into the report's <see cref="ReportView"/>: ordered, cleaned and bounded.</summary>
internal static class ReportViewBuilder
{
    public static ReportView Build(ResumeDocument resume, ScoreReport score, RenderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(score);
        var notes = new List<string>();
        var clipped = false;

        string Line(string? text)
        {
            var line = CleanText.Line(text, limits.MaxTextChars);
            clipped |= CleanText.IsClipped(text, line);
            return line;
        }

        // The score stage puts the checks in reading order (what the rest hangs on, then failed, to improve, passed).
        var ordered = score.Checks.ToList();
        var checks = ordered.Take(limits.MaxChecks).Select(c =>
        {
            var evidence = c.Evidence.Select(Line).Where(e => e.Length > 0).Take(limits.MaxEvidencePerCheck).ToList();
            return new CheckView(
                Line(c.Id),
                Line(c.Title) is { Length: > 0 } title ? title : Words.Label(c.Id),
                c.Status,
                c.Weight == 0 && c.Status == CheckStatus.Pass ? "Not judged" : StatusLabel(c.Status),
                c.Weight,
                Words.Label(c.Category),
                Line(c.Detail),
                evidence,
                Math.Max(0, c.Evidence.Count - limits.MaxEvidencePerCheck),
                Line(c.Fix));
        }).ToList();
        if (ordered.Count > checks.Count)
        {
            notes.Add($"{Words.Count(ordered.Count - checks.Count, "check is", "checks are")} not shown: the report lists the first {limits.MaxChecks:N0}, failed ones first.");
        }

        var subscores = SubscoreOrder(score)
            .Select(key => new SubscoreView(Words.Label(key), Math.Clamp(score.Subscores[key], 0, 100), ScoreBands.Of(score.Subscores[key])))
            .ToList();

        MatchView? match = null;
        if (score.Match is { } m)
        {
            var important = Terms(m.MissingImportant);
            var taken = new HashSet<string>(important, StringComparer.OrdinalIgnoreCase);
            var other = Terms(m.Missing).Where(t => !taken.Contains(t)).ToList();
            var matched = Terms(m.Matched);
            var leftOut = 0;
            match = new MatchView((int)Math.Round(Math.Clamp(m.Rate, 0, 1) * 100), Cap(matched), Cap(important), Cap(other));
            if (leftOut > 0)
            {
                notes.Add($"{Words.Count(leftOut, "job-posting term is", "job-posting terms are")} not listed: each list shows its first {limits.MaxMatchTerms:N0}.");
            }

            List<string> Cap(List<string> terms)
            {
                leftOut += Math.Max(0, terms.Count - limits.MaxMatchTerms);
                return terms.Take(limits.MaxMatchTerms).ToList();
            }
        }

        var advice = score.Guide.Advice.Take(limits.MaxAdvice).Select(Line).Where(a => a.Length > 0).ToList();
        if (score.Guide.Advice.Count > limits.MaxAdvice)
        {
            notes.Add($"{Words.Count(score.Guide.Advice.Count - limits.MaxAdvice, "piece of advice is", "pieces of advice are")} not shown.");
        }

        if (clipped)
        {
            notes.Add($"Texts longer than {limits.MaxTextChars:N0} characters are shortened; the cut is marked with {CleanText.Ellipsis}");
        }

        var roleTitle = Line(score.Guide.Title) is { Length: > 0 } role ? role : Words.Label(score.Guide.Role);
        return new ReportView(
            Line(resume.Basics.Name) is { Length: > 0 } name ? name : "Your resume",
            roleTitle,
            Math.Clamp(score.Score, 0, 100),
            ScoreBands.Of(score.Score),
            Line(score.Verdict) is { Length: > 0 } verdict ? verdict : ScoreBands.Verdict(ScoreBands.Of(score.Score)),
            RoleLine(score, roleTitle, Line),
            score.Readable,
            subscores,
            checks,
            score.Checks.Count(c => c.Status == CheckStatus.Fail),
            score.Checks.Count(c => c.Status == CheckStatus.Warn),
            score.Checks.Count(c => c.Status == CheckStatus.Pass),
            match,
            advice,
            Facts(resume.Meta, Line),
            notes);
    }

    private static List<string> Terms(IEnumerable<string> terms) =>
        terms.Select(t => CleanText.Line(t, 120)).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The guide the résumé was scored against and its fit, in a sentence.</summary>
    private static string RoleLine(ScoreReport score, string roleTitle, Func<string?, string> line)
    {
        if (!score.Readable)
        {
            return $"No text could be read, so the fit to a role was not judged; the {roleTitle} guide is the one shown.";
        }
        if (score.RoleFit is not { } fit)
        {
            return $"Scored against the {roleTitle} guide.";
        }
        var best = line(fit.BestRoleTitle) is { Length: > 0 } title ? title : Words.Label(fit.BestRole);
        var other = fit.BestRole != fit.Role;
        return fit.Fit switch
        {
            RoleFits.Good when fit.Chosen => $"Scored against the {roleTitle} guide, the one this resume fits best.",
            RoleFits.Good => other ? $"Scored against the {roleTitle} guide; the {best} guide fits this resume more closely." : $"Scored against the {roleTitle} guide, which this resume fits.",
            RoleFits.Partial => other ? $"Scored against the {roleTitle} guide, which this resume fits only in part; the {best} guide fits it better." : $"Scored against the {roleTitle} guide, which this resume fits only in part.",
            _ => $"Scored against the {roleTitle} guide, which this resume does not fit; the {best} guide fits it better.",
        };
    }

    public static string StatusLabel(string status) => status switch
    {
        CheckStatus.Pass => "Pass",
        CheckStatus.Warn => "Improve",
        CheckStatus.Fail => "Fail",
        _ => Words.Label(status),
    };

    /// <summary>Sub-scores in the order the score stage lists them.</summary>
    private static IEnumerable<string> SubscoreOrder(ScoreReport score) => score.Subscores.Keys.Take(20);

    /// <summary>The parser's confidence below which a section is named as possibly misread.</summary>
    private const double LowConfidence = 0.6;

    private static ResumeFacts Facts(ResumeMeta meta, Func<string?, string> line)
    {
        var sections = meta.Sections
            .Where(s => s.Heading.Length > 0)
            .Take(30)
            .Select(s => s.Kind == SectionKinds.Other ? $"{line(s.Heading)} (not a standard heading)" : line(s.Heading))
            .ToList();
        var warnings = meta.Warnings.Take(20).Select(w => line(w.Message)).Where(w => w.Length > 0).ToList();
        // Where the parser was unsure, say which part to check before acting on advice about it.
        foreach (var unsure in meta.Sections.Where(s => s.Confidence < LowConfidence && s.Heading.Length > 0).Take(5))
        {
            warnings.Add(line($"We may have misread the \"{unsure.Heading}\" section: check what the report says about it against your file."));
        }
        if (meta.Confidence < LowConfidence && meta.Sections.All(s => s.Confidence is null or >= LowConfidence))
        {
            warnings.Add(line("We may have misread parts of this file (its layout is unusual): check the findings against it before acting on them."));
        }
        var file = new List<string>();
        if (!string.IsNullOrWhiteSpace(meta.FileType))
        {
            file.Add(line(meta.FileType).ToUpperInvariant());
        }
        if (meta.PageCount > 0)
        {
            file.Add(Words.Count(meta.PageCount, "page", "pages"));
        }
        if (meta.WordCount > 0)
        {
            file.Add(Words.Count(meta.WordCount, "word", "words"));
        }
        var unplaced = meta.Unplaced.Take(ResumeMeta.MaxUnplaced)
            .Select(u => new UnplacedView(line(u.Text), u.Section is { } heading && line(heading) is { Length: > 0 } h ? h : "Top of the page"))
            .Where(u => u.Text.Length > 0)
            .ToList();
        var more = Math.Max(0, meta.Unplaced.Count - unplaced.Count) + Math.Max(0, meta.UnplacedMore ?? 0);
        return new ResumeFacts(string.Join(", ", file), sections, warnings, unplaced, more);
    }
}
